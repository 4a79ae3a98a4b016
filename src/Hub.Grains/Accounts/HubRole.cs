namespace Hub.Grains.Accounts;

/// <summary>Roles across the whole Hub. Organisation roles live with each organisation.</summary>
[GenerateSerializer, Alias("Hub.HubRole")]
public enum HubRole
{
    /// <summary>Grants roles, reads the audit log; moderates too.</summary>
    Admin,

    /// <summary>Launches and runs live sessions.</summary>
    Moderator,
}
