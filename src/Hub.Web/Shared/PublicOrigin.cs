using Microsoft.Extensions.Options;

namespace Hub.Web.Shared;

/// <summary>
/// The address people reach the Hub at, for links that leave the page: QR codes and e-mailed
/// sign-in links. <c>Hub:PublicUrl</c> when set, so that a forged Host header cannot point a link
/// elsewhere; else the request's own scheme and host, which is right for a local run.
/// </summary>
public sealed class PublicOrigin(IOptions<HubWebOptions> options)
{
    private readonly string? _configured = options.Value.PublicUrl?.TrimEnd('/');

    public string For(HttpRequest request) => _configured ?? $"{request.Scheme}://{request.Host}";

    public string HostFor(HttpRequest request) => _configured is null ? request.Host.ToString() : new Uri(_configured).Authority;
}
