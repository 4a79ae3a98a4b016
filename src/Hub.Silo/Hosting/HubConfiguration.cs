using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Hub.Silo.Hosting;

/// <summary>
/// Reads and validates the storage and cluster sections, the same way for silos, web nodes and the
/// migrate command. They are read while the host is built, not only bound as options: they decide
/// which providers, ports and connection strings the silo or client is configured with.
/// </summary>
public static class HubConfiguration
{
    public static HubStorageOptions GetHubStorage(this IConfiguration configuration) =>
        Validated(configuration.GetSection(HubStorageOptions.SectionName).Get<HubStorageOptions>() ?? new HubStorageOptions());

    public static HubClusterOptions GetHubCluster(this IConfiguration configuration) =>
        Validated(configuration.GetSection(HubClusterOptions.SectionName).Get<HubClusterOptions>() ?? new HubClusterOptions());

    public static HubDatabase GetHubDatabase(this IConfiguration configuration, string contentRoot) =>
        HubDatabase.From(configuration.GetHubStorage(), contentRoot);

    private static TOptions Validated<TOptions>(TOptions options) where TOptions : class
    {
        var results = new List<ValidationResult>();
        return Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true)
            ? options
            : throw new OptionsValidationException(typeof(TOptions).Name, typeof(TOptions), results.Select(r => r.ErrorMessage ?? "invalid"));
    }
}
