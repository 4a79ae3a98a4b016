using System.ComponentModel.DataAnnotations;
using Hub.Grains.Challenges;
using Hub.Grains.Retention;
using Hub.Grains.Sessions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Hub.Silo.Hosting;

/// <summary>Reads and validates the Hub's sections, the same way for silos, web nodes and the migrate command.</summary>
public static class HubConfiguration
{
    public static HubStorageOptions GetHubStorage(this IConfiguration configuration) =>
        Validated(configuration.GetSection(HubStorageOptions.SectionName).Get<HubStorageOptions>() ?? new HubStorageOptions());

    public static HubClusterOptions GetHubCluster(this IConfiguration configuration) =>
        Validated(configuration.GetSection(HubClusterOptions.SectionName).Get<HubClusterOptions>() ?? new HubClusterOptions());

    public static SessionOptions GetHubSessions(this IConfiguration configuration) =>
        Validated(configuration.GetSection(SessionOptions.SectionName).Get<SessionOptions>() ?? new SessionOptions());

    public static RetentionOptions GetHubRetention(this IConfiguration configuration) =>
        Validated(configuration.GetSection(RetentionOptions.SectionName).Get<RetentionOptions>() ?? new RetentionOptions());

    public static ChallengeOptions GetHubChallenges(this IConfiguration configuration) =>
        Validated(configuration.GetSection(ChallengeOptions.SectionName).Get<ChallengeOptions>() ?? new ChallengeOptions());

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
