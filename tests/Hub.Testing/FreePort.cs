using System.Net;
using System.Net.Sockets;

namespace Hub.Testing;

public static class FreePort
{
    /// <summary>A loopback port nobody listens on now, so parallel hosts never collide on Orleans' defaults.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
