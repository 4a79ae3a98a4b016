using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Hub.Web.RateLimits;

/// <summary>
/// The sign-in pages count requests per network address, so that nobody can flood mailboxes with
/// links or try link secrets at speed; so do registrations and check-ins, which anyone may make.
/// </summary>
internal static class SignInLimits
{
    public const string Policy = "sign-in";

    public static IServiceCollection AddSignInLimits(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return limits.Enabled
                    ? RateLimitPartition.GetSlidingWindowLimiter(address, _ => new SlidingWindowRateLimiterOptions
                    {
                        PermitLimit = limits.SignInsPerAddressPerMinute,
                        Window = TimeSpan.FromMinutes(1),
                        SegmentsPerWindow = 6,
                    })
                    : RateLimitPartition.GetNoLimiter(address);
            });
        });
}
