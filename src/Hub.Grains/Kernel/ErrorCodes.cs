namespace Hub.Grains;

/// <summary>
/// The error codes every feature raises, beside each feature's own. Clients switch on these, so
/// never rename one.
/// </summary>
public static class ErrorCodes
{
    public const string Forbidden = "forbidden";
    public const string InvalidArgument = "invalid_argument";
    public const string AlreadyExists = "already_exists";
    public const string TextRequired = "text_required";
    public const string TextTooLong = "text_too_long";
    public const string StorageUnavailable = "storage_unavailable";

    /// <summary>Something holds as many items as it can. Named when only sessions had limits; the code stays.</summary>
    public const string Full = "session_full";
}
