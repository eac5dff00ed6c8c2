using System.Net;
using System.Net.Sockets;

namespace ResearchRelease.Web.Tests.Resilience.Crash;

/// <summary>A loopback port nobody is listening on, chosen by the kernel, so parallel tests never collide.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
