namespace Hub.Grains.Audit;

[GenerateSerializer, Alias("Hub.AuditAction")]
public enum AuditAction
{
    FirstAdminCreated,
    AccountInvited,
    RolesChanged,
    AccountErased,
    OrganisationCreated,
    MemberInvited,
    MemberRoleChanged,
    MemberRemoved,
    RetentionRun,
}
