using System.Text.Json.Serialization;
using ChatPlatform.Sessions.Model;

namespace ChatPlatform.Sessions.Apis.Dtos;

/// <summary>A canned response; <c>rendered_content</c> only when the list was asked for a session (<c>?session_id=</c>).</summary>
public sealed record CannedResponseResponse(
    Guid Id, string Title, string Shortcut, string Content, bool Shared, Guid OwnerId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RenderedContent = null)
{
    public static CannedResponseResponse From(CannedResponse response, TemplateValues? values = null) => new(
        response.Id, response.Title, response.Shortcut, response.Content, response.Shared, response.OwnerId, response.CreatedAt, response.UpdatedAt,
        values is null ? null : CannedResponseTemplate.Render(response.Content, values));
}
