using System.Text.Json;
using ChatPlatform.ServiceDefaults;
using ChatPlatform.Sessions.Apis;
using ChatPlatform.Sessions.Model;
using static ChatPlatform.Sessions.Tests.Sessions;

namespace ChatPlatform.Sessions.Tests;

/// <summary>
/// The internal members answer (<c>Contracts.Internal.SessionMembersResponse</c>, read by Presence) carries status and
/// kind as strings, spelled exactly as the enums were on the wire before the shared record.
/// </summary>
public sealed class SessionMembersWireTests
{
    [Fact]
    public void The_members_answer_keeps_its_wire_format()
    {
        var customer = Guid.NewGuid();
        var session = Open(SessionKind.Support, customer);

        var json = JsonSerializer.Serialize(InternalSessionsApi.Members(session), ChatJson.Options);

        Assert.Equal($$"""{"session_id":"{{session.Id}}","status":"waiting","kind":"support","participant_ids":["{{customer}}"]}""", json);
    }

    [Fact]
    public void Every_status_and_kind_is_spelled_as_the_enum_serializes()
    {
        foreach (var status in Enum.GetValues<SessionStatus>())
        {
            Assert.Equal(JsonSerializer.Serialize(status, ChatJson.Options), JsonSerializer.Serialize(ChatJson.EnumName(status), ChatJson.Options));
        }
        foreach (var kind in Enum.GetValues<SessionKind>())
        {
            Assert.Equal(JsonSerializer.Serialize(kind, ChatJson.Options), JsonSerializer.Serialize(ChatJson.EnumName(kind), ChatJson.Options));
        }
    }
}
