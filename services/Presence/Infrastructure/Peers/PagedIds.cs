using System.Net.Http.Headers;
using System.Text.Json;

namespace ChatPlatform.Presence.Infrastructure.Peers;

/// <summary>Reads one id field of every item of a SPEC.md list (<c>items</c>, <c>next_cursor</c>), page after page, as the user.</summary>
internal static class PagedIds
{
    private const int PageSize = 200;
    private const int MaxPages = 50;

    public static async Task<IReadOnlyList<Guid>> ReadAsync(
        HttpClient http, Uri address, string path, string idField, string accessToken, CancellationToken cancellationToken)
    {
        var ids = new List<Guid>();
        string? cursor = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var pagePath = $"{path}?limit={PageSize}" + (cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}");
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(address, pagePath));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            using var response = await http.SendAsync(request, cancellationToken);
            response.EnsureSuccessStatusCode();
            using var document = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
            foreach (var item in document.RootElement.GetProperty("items").EnumerateArray())
            {
                ids.Add(item.GetProperty(idField).GetGuid());
            }
            cursor = document.RootElement.TryGetProperty("next_cursor", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
            if (cursor is null)
            {
                break;
            }
        }
        return ids;
    }
}
