namespace Hub.Grains;

/// <summary>Cleans and checks user text the same way for every field.</summary>
internal static class UserText
{
    public static string Require(string? text, int maxLength, string field)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0)
        {
            throw new RuleException(ErrorCodes.TextRequired, $"The {field} must not be empty.");
        }

        if (trimmed.Length > maxLength)
        {
            throw new RuleException(ErrorCodes.TextTooLong, $"The {field} may be at most {maxLength} characters.");
        }

        // Control characters other than line breaks only ever come from broken or hostile clients.
        if (trimmed.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            throw new RuleException(ErrorCodes.InvalidArgument, $"The {field} contains control characters.");
        }

        return trimmed.ReplaceLineEndings("\n");
    }
}
