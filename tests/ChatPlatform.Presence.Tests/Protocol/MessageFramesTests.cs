using System.Text.Json;
using System.Text.Json.Nodes;
using ChatPlatform.Contracts;
using ChatPlatform.Presence.Application.Frames;

namespace ChatPlatform.Presence.Tests.Protocol;

public sealed class MessageFramesTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 4, 5, 6, 7, 891, TimeSpan.Zero);

    private static ChatMessage Message(string type = "text", string? metadata = null) => new(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), type, "Hello!", "c-1", 7, At, null, false, null,
        [], [Guid.NewGuid()], metadata);

    private static JsonObject Read(byte[] payload) => JsonNode.Parse(payload)!.AsObject();

    [Fact]
    public void A_live_message_has_every_field_of_the_spec_message()
    {
        var message = Message(metadata: """{"k":"v"}""");

        var frame = MessageFrames.FromContract(message);
        var json = Read(frame.Payload);

        Assert.Equal(7, frame.Seq);
        Assert.Equal(
            ["id", "chat_session_id", "user_id", "message_type", "content", "client_message_id", "seq", "timestamp",
             "edited_at", "deleted", "reply_to_id", "mentions", "attachments", "metadata", "reactions"],
            json.Select(pair => pair.Key));
        Assert.Equal(message.Id.ToString(), json["id"]!.GetValue<string>());
        Assert.Equal("2025-03-04T05:06:07.891Z", json["timestamp"]!.GetValue<string>());
        Assert.Equal(message.AttachmentIds[0].ToString(), json["attachments"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("v", json["metadata"]!["k"]!.GetValue<string>());
        Assert.Empty(json["reactions"]!.AsObject());
        Assert.False(json.ContainsKey("event"));
    }

    [Fact]
    public void A_system_message_carries_its_event_at_the_top_level()
    {
        var json = Read(MessageFrames.FromContract(Message("system", """{"event":"participant_joined","user_id":"x"}""")).Payload);

        Assert.Equal("system", json["message_type"]!.GetValue<string>());
        Assert.Equal("participant_joined", json["event"]!.GetValue<string>());
    }

    [Fact]
    public void A_history_item_passes_through_and_gains_the_event_of_a_system_message()
    {
        using var document = JsonDocument.Parse("""{"id":"a","seq":3,"message_type":"system","metadata":{"event":"session_closed"},"extra":[1]}""");

        var frame = MessageFrames.FromHistoryItem(document.RootElement);
        var json = Read(frame.Payload);

        Assert.Equal(3, frame.Seq);
        Assert.Equal("session_closed", json["event"]!.GetValue<string>());
        Assert.Equal(1, json["extra"]![0]!.GetValue<int>());
    }

    [Fact]
    public void A_live_message_and_its_history_twin_are_the_same_json()
    {
        var message = Message(metadata: """{"event":"x"}""");
        var live = Read(MessageFrames.FromContract(message).Payload);
        using var rest = JsonDocument.Parse(live.ToJsonString());

        var replayed = Read(MessageFrames.FromHistoryItem(rest.RootElement).Payload);

        Assert.True(JsonNode.DeepEquals(live, replayed));
    }

    [Fact]
    public void Server_frames_follow_the_spec()
    {
        var session = Guid.NewGuid();
        var user = Guid.NewGuid();
        var id = Guid.NewGuid();

        var ack = Read(ServerFrames.Ack(session, "c-1", id, 9));
        Assert.Equal(("ack", "c-1", id.ToString(), 9L), (ack["message_type"]!.GetValue<string>(), ack["client_message_id"]!.GetValue<string>(), ack["id"]!.GetValue<string>(), ack["seq"]!.GetValue<long>()));

        var error = Read(ServerFrames.Error("validation_failed", "bad", "c-2"));
        Assert.Equal(("error", "validation_failed", "bad", "c-2"), (error["message_type"]!.GetValue<string>(), error["code"]!.GetValue<string>(), error["detail"]!.GetValue<string>(), error["client_message_id"]!.GetValue<string>()));
        Assert.False(Read(ServerFrames.Error("validation_failed", "bad")).ContainsKey("client_message_id"));

        var typing = Read(ServerFrames.Typing(session, user, true));
        Assert.Equal(("typing", session.ToString(), user.ToString(), true), (typing["message_type"]!.GetValue<string>(), typing["chat_session_id"]!.GetValue<string>(), typing["user_id"]!.GetValue<string>(), typing["is_typing"]!.GetValue<bool>()));

        var receipt = Read(ServerFrames.ReadReceipt(session, user, 4));
        Assert.Equal(("read_receipt", 4L), (receipt["message_type"]!.GetValue<string>(), receipt["up_to_seq"]!.GetValue<long>()));

        var presence = Read(ServerFrames.Presence(user, "offline", At));
        Assert.Equal(("presence", user.ToString(), "offline"), (presence["message_type"]!.GetValue<string>(), presence["user_id"]!.GetValue<string>(), presence["status"]!.GetValue<string>()));

        Assert.Equal("""{"message_type":"pong"}""", System.Text.Encoding.UTF8.GetString(ServerFrames.Pong));
    }
}
