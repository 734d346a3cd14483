using System.Net;
using System.Net.Sockets;

namespace IntervisieBot.Benchmarks;

public static class FreePort
{
    /// <summary>A currently free TCP port on 127.0.0.1 (for child processes that need a port on their command line).</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
