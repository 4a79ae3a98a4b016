namespace Hub.Architecture.Tests;

/// <summary>docs/protocol.md promises a client writer every event and error code; the server is the judge.</summary>
public sealed class ProtocolDocumentTests
{
    /// <summary>
    /// Classes of error codes a live-session client never receives: they come from other features'
    /// pages and HTTP APIs, which docs/protocol.md does not describe. Listed by class, so that a
    /// code added to one of them needs no entry here, and a class whose codes start to reach the
    /// hub or the session endpoints must come off the list.
    /// </summary>
    private static readonly Dictionary<string, string> _classesOutsideTheProtocol = new(StringComparer.Ordinal)
    {
        ["AccountErrorCodes"] = "account pages and the admin API; the hub answers a moderator's missing account or role with its own unauthorized",
        ["OrganisationErrorCodes"] = "organisation pages and API",
        ["EventErrorCodes"] = "event pages and API, planning sessions on an event included",
        ["ContributionErrorCodes"] = "the contributions API of challenges (ideas and market questions outside live sessions)",
    };

    /// <summary>
    /// Codes of the other classes that no session client receives. ChallengeErrorCodes reaches one in
    /// part: POST /api/sessions refuses an unknown challenge and one that is not under way.
    /// </summary>
    private static readonly Dictionary<string, string> _codesOutsideTheProtocol = new(StringComparer.Ordinal)
    {
        ["not_an_owner"] = "editing a challenge one's organisation does not own (challenge pages and API)",
        ["deadline_in_the_past"] = "a challenge draft's deadline (challenge pages and API)",
        ["challenge_closed"] = "contributing to a closed challenge (challenge pages and API)",
    };

    [Fact]
    public void Every_session_event_has_a_name_on_the_wire()
    {
        var names = SessionEvents.WireNames();

        Verdict.NoneOf(
            SessionEvents.Types.Select(SessionEvents.WireNameOf).Select(name => name.Failure).OfType<string>(),
            "Session events without a name on the wire");
        Verdict.NoneOf(
            names.GroupBy(pair => pair.Value).Where(group => group.Count() > 1)
                .Select(group => $"{group.Key}: {string.Join(", ", group.Select(pair => pair.Key.Name))}"),
            "Session events that share a wire name");
    }

    [Fact]
    public void The_protocol_document_names_every_event_the_server_sends()
    {
        var documented = ProtocolDocument.EventTypes;

        Verdict.NoneOf(
            SessionEvents.WireNames().Where(pair => !documented.Contains(pair.Value)).Select(pair => $"{pair.Value} ({pair.Key.FullName})"),
            $"Events the server sends that the events table of {ProtocolDocument.Path} does not name");
    }

    [Fact]
    public void The_protocol_document_names_no_event_the_server_does_not_send()
    {
        var sent = SessionEvents.WireNames().Values.ToHashSet(StringComparer.Ordinal);

        Verdict.NoneOf(
            ProtocolDocument.EventTypes.Where(name => !sent.Contains(name)),
            $"Events the events table of {ProtocolDocument.Path} names that the server has not");
    }

    [Fact]
    public void The_protocol_document_names_every_error_code_a_session_client_can_receive()
    {
        Assert.NotEmpty(DomainTypes.ErrorCodeClasses);
        var documented = ProtocolDocument.ErrorCodes;
        var classNames = DomainTypes.ErrorCodeClasses.Select(type => type.Name).ToHashSet(StringComparer.Ordinal);
        var allCodes = DomainTypes.ErrorCodeClasses.SelectMany(DomainTypes.CodesOf).ToHashSet(StringComparer.Ordinal);

        var undocumented =
            from errorCodes in DomainTypes.ErrorCodeClasses
            where !_classesOutsideTheProtocol.ContainsKey(errorCodes.Name)
            from code in DomainTypes.CodesOf(errorCodes)
            where !_codesOutsideTheProtocol.ContainsKey(code) && !documented.Contains(code)
            select $"{code} ({errorCodes.FullName})";
        var stale = _classesOutsideTheProtocol.Keys.Where(name => !classNames.Contains(name)).Select(name => $"{name} is listed as outside the protocol but no such class exists")
            .Concat(_codesOutsideTheProtocol.Keys.Where(code => !allCodes.Contains(code)).Select(code => $"{code} is listed as outside the protocol but no class declares it"));

        Verdict.NoneOf(undocumented.Concat(stale), $"Error codes a session client can receive that the error table of {ProtocolDocument.Path} does not name");
    }

    [Fact]
    public void The_protocol_document_names_no_error_code_the_server_does_not_have()
    {
        var declared = DomainTypes.ErrorCodeClasses.SelectMany(DomainTypes.CodesOf).ToHashSet(StringComparer.Ordinal);

        Verdict.NoneOf(
            ProtocolDocument.ErrorCodes.Where(code => !declared.Contains(code)),
            $"Codes the error table of {ProtocolDocument.Path} names that no *ErrorCodes class declares");
    }
}
