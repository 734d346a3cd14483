using System.Net;
using Microsoft.AspNetCore.Http;

namespace IntervisieBot.Protocol.Auth;

/// <summary>
/// Decides whether the server's listening addresses are loopback-only. <c>localhost</c>, <c>127.0.0.0/8</c> and
/// <c>[::1]</c> are; wildcards (<c>*</c>, <c>+</c>, <c>0.0.0.0</c>, <c>[::]</c>), any other host name or IP, unix
/// sockets and named pipes are not (a local proxy could forward anyone to them).
/// </summary>
public static class LoopbackAddressPolicy
{
    public static bool IsLoopbackAddress(string address)
    {
        BindingAddress binding;
        try
        {
            binding = BindingAddress.Parse(address);
        }
        catch (FormatException)
        {
            return false;
        }

        if (binding.IsUnixPipe || binding.IsNamedPipe) return false;
        return IsLoopbackHostName(binding.Host);
    }

    /// <summary><c>localhost</c>, or a loopback IP address (IPv6 with or without brackets).</summary>
    public static bool IsLoopbackHostName(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IsLoopback(ip));

    /// <summary>The addresses that are not loopback; empty when all are.</summary>
    public static IReadOnlyList<string> NonLoopback(IEnumerable<string> addresses) =>
        [.. addresses.Where(address => !IsLoopbackAddress(address))];

    /// <summary>
    /// True for a Host header naming this machine by a loopback name (<c>localhost</c>, <c>127.0.0.0/8</c>, <c>[::1]</c>,
    /// any port). A browser page of another site that rebinds its DNS name to 127.0.0.1 still sends its own name.
    /// </summary>
    public static bool IsLoopbackHostHeader(HostString host) => host.HasValue && IsLoopbackHostName(host.Host);

    public static bool IsLoopback(IPAddress address) =>
        IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
