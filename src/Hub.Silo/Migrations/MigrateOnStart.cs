using Hub.Silo.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Silo.Migrations;

/// <summary>
/// Brings the schema up to date before any provider touches the database, in the silo's own
/// start-up sequence. Production turns it off and runs <c>Hub.Silo migrate</c> instead.
/// </summary>
internal sealed class MigrateOnStart(HubDatabase database, ILogger<MigrateOnStart> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(MigrateOnStart), ServiceLifecycleStage.First, _ =>
        {
            HubMigrator.Migrate(database, logger);
            return Task.CompletedTask;
        });
}
