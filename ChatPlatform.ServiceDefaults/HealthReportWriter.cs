using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatPlatform.ServiceDefaults;

/// <summary>
/// <c>/health</c> as JSON: the overall status and each check's status and description, so an operator sees which
/// dependency is down (<c>{"status":"Degraded","checks":{"sessions":{"status":"Degraded","description":"..."}}}</c>).
/// The status code stays ASP.NET Core's: 200 for Healthy and Degraded, 503 for Unhealthy.
/// </summary>
internal static class HealthReportWriter
{
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        await using var writer = new Utf8JsonWriter(context.Response.Body);
        writer.WriteStartObject();
        writer.WriteString("status", report.Status.ToString());
        writer.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            writer.WriteStartObject(name);
            writer.WriteString("status", entry.Status.ToString());
            if (entry.Description is { } description)
            {
                writer.WriteString("description", description);
            }
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
