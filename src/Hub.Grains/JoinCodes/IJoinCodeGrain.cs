namespace Hub.Grains.JoinCodes;

/// <summary>Maps one normalized join code to the session it opens; the key is the code.</summary>
[Alias("Hub.IJoinCodeGrain")]
public interface IJoinCodeGrain : IGrainWithStringKey
{
    /// <summary>Binds the code to the session unless another session holds it already.</summary>
    [Alias("TryClaim")]
    Task<bool> TryClaim(Guid sessionId);

    /// <summary>Frees the code again if this session holds it, when opening the session failed.</summary>
    [Alias("Release")]
    Task Release(Guid sessionId);

    [Alias("GetSessionId")]
    Task<Guid?> GetSessionId();
}
