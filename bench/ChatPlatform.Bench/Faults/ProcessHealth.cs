using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ChatPlatform.Bench.Faults;

/// <summary>
/// Asks one service process itself whether it is healthy, at the address DCP gave it (<c>ASPNETCORE_URLS</c> in its
/// environment), not through DCP's proxy (which answers from the other replica) nor from the AppHost's last health
/// report (which still says Healthy for a moment after a replica is replaced). Its <c>/health</c> covers its database,
/// the broker and Redis.
/// </summary>
public static class ProcessHealth
{
    public static async Task<bool> IsHealthyAsync(HttpClient http, string resource, int dcpPid, CancellationToken cancellationToken)
    {
        if (RealProcess.Find(resource, dcpPid) is not { } pid || Address(pid) is not { } address)
        {
            return false;
        }
        try
        {
            using var response = await http.GetAsync(new Uri(address, "/health"), cancellationToken);
            var report = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
            return response.IsSuccessStatusCode && report?["status"]?.GetValue<string>() == "Healthy";
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static Uri? Address(int pid)
    {
        try
        {
            var urls = File.ReadAllText($"/proc/{pid}/environ").Split('\0')
                .FirstOrDefault(v => v.StartsWith("ASPNETCORE_URLS=", StringComparison.Ordinal))?["ASPNETCORE_URLS=".Length..];
            return urls?.Split(';')[0] is { Length: > 0 } first ? new Uri(first.Replace("+", "localhost").Replace("*", "localhost")) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or UriFormatException)
        {
            return null;
        }
    }
}
