using System.Net;

namespace KbSite.Hosting;

/// <summary>
/// The "Kb:Proxy" section: the reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (so that the
/// client's address and https are seen behind TLS termination). None by default: forwarded headers from anyone else
/// are ignored.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "Kb:Proxy";

    /// <summary>IP addresses of trusted proxies, such as "10.0.0.5".</summary>
    public List<string> KnownProxies { get; set; } = [];

    public bool IsConfigured => KnownProxies.Count > 0;

    public bool IsValid => KnownProxies.All(p => IPAddress.TryParse(p, out _));
}
