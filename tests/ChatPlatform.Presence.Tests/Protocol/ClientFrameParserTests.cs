using System.Text;
using ChatPlatform.Presence.Application.Frames;

namespace ChatPlatform.Presence.Tests.Protocol;

public sealed class ClientFrameParserTests
{
    private static FrameParseResult Parse(string json) => ClientFrameParser.Parse(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void The_seed_clients_text_frame_is_a_send_without_client_message_id()
    {
        var frame = Assert.IsType<SendFrame>(Parse("""{"message_type":"text","content":"Hello!"}""").Frame);

        Assert.Equal("text", frame.MessageType);
        Assert.Equal("Hello!", frame.Content);
        Assert.Null(frame.ClientMessageId);
        Assert.Null(frame.ChatSessionId);
    }

    [Fact]
    public void A_full_send_frame_keeps_every_field()
    {
        var session = Guid.NewGuid();
        var reply = Guid.NewGuid();
        var attachment = Guid.NewGuid();
        var json = $$"""
            {"message_type":"image","content":"look","client_message_id":"c-1","chat_session_id":"{{session}}",
             "metadata":{"a":[1,2]},"reply_to_id":"{{reply}}","attachment_ids":["{{attachment}}"],"unknown":true}
            """;

        var frame = Assert.IsType<SendFrame>(Parse(json).Frame);

        Assert.Equal("image", frame.MessageType);
        Assert.Equal("c-1", frame.ClientMessageId);
        Assert.Equal(session, frame.ChatSessionId);
        Assert.Equal("""{"a":[1,2]}""", frame.MetadataJson);
        Assert.Equal(reply, frame.ReplyToId);
        Assert.Equal([attachment], frame.AttachmentIds);
    }

    [Theory]
    [InlineData("{not json", "The frame is not valid JSON.")]
    [InlineData("", "The frame is not valid JSON.")]
    [InlineData("[1,2]", "The frame must be a JSON object.")]
    [InlineData("{}", "message_type is required.")]
    [InlineData("""{"message_type":7}""", "message_type is required.")]
    [InlineData("""{"message_type":"shout"}""", "Unknown message_type 'shout'.")]
    [InlineData("""{"message_type":"system","content":"x"}""", "Unknown message_type 'system'.")]
    [InlineData("""{"message_type":"text"}""", "content is required and must be a string.")]
    [InlineData("""{"message_type":"text","content":42}""", "content is required and must be a string.")]
    [InlineData("""{"message_type":"text","content":"   "}""", "content must not be empty.")]
    [InlineData("""{"message_type":"text","content":"x","metadata":[1]}""", "metadata must be an object.")]
    [InlineData("""{"message_type":"text","content":"x","reply_to_id":"nope"}""", "reply_to_id must be a UUID.")]
    [InlineData("""{"message_type":"text","content":"x","attachment_ids":["nope"]}""", "attachment_ids must be an array of UUIDs.")]
    [InlineData("""{"message_type":"text","content":"x","chat_session_id":"nope"}""", "chat_session_id must be a UUID.")]
    [InlineData("""{"message_type":"read"}""", "up_to_seq is required.")]
    [InlineData("""{"message_type":"read","up_to_seq":-1}""", "up_to_seq must be a non-negative integer.")]
    [InlineData("""{"message_type":"read","up_to_seq":1.5}""", "up_to_seq must be a non-negative integer.")]
    [InlineData("""{"message_type":"typing","is_typing":"yes"}""", "is_typing must be true or false.")]
    [InlineData("""{"message_type":"subscribe","since_seq":"3"}""", "since_seq must be a non-negative integer.")]
    [InlineData("""{"message_type":"presence","status":"offline"}""", "status must be \"online\" or \"away\".")]
    public void Invalid_frames_say_what_is_wrong(string json, string error)
    {
        var result = Parse(json);

        Assert.Null(result.Frame);
        Assert.Equal(error, result.Error);
    }

    [Fact]
    public void An_invalid_send_keeps_its_client_message_id_for_the_error_frame()
    {
        var result = Parse("""{"message_type":"text","client_message_id":"c-9"}""");

        Assert.Null(result.Frame);
        Assert.Equal("c-9", result.ClientMessageId);
    }

    /// <summary>Valid JSON whose strings are not text: a lone surrogate escape anywhere, or bytes that are not UTF-8.</summary>
    [Theory]
    [InlineData("""{"message_type":"text","content":"a\ud800b"}""")]
    [InlineData("""{"message_type":"text","content":"a\udc00"}""")]
    [InlineData("""{"message_type":"\ud800"}""")]
    [InlineData("""{"message_type":"text","content":"x","reply_to_id":"\ud800"}""")]
    [InlineData("""{"message_type":"text","content":"x","attachment_ids":["\udfff"]}""")]
    [InlineData("""{"message_type":"text","content":"x","chat_session_id":"\ud83d"}""")]
    [InlineData("""{"message_type":"presence","status":"\ud800"}""")]
    [InlineData("""{"message_\ud800type":"ping"}""")]
    public void Strings_that_are_not_text_are_invalid_frames_not_exceptions(string json)
    {
        var result = Parse(json);

        Assert.Null(result.Frame);
        Assert.Equal(ClientFrameParser.NotText, result.Error);
    }

    [Fact]
    public void An_unknown_field_whose_name_is_not_text_is_ignored_or_refused_but_never_thrown()
    {
        var result = Parse("""{"message_type":"ping","\ud800":1,"chat_session_id":null}""");

        Assert.True(result.Frame is PingFrame || result.Error == ClientFrameParser.NotText);
    }

    [Fact]
    public void Bytes_that_are_not_UTF_8_inside_a_string_are_an_invalid_frame()
    {
        byte[] frame = [.. "{\"message_type\":\"text\",\"content\":\""u8, 0xFF, 0xFE, .. "\"}"u8];

        Assert.Equal(ClientFrameParser.NotText, ClientFrameParser.Parse(frame).Error);
    }

    [Fact]
    public void A_send_whose_content_is_not_text_keeps_its_client_message_id()
    {
        var result = Parse("""{"message_type":"text","content":"cut in an emoji \ud83d","client_message_id":"c-7"}""");

        Assert.Equal(ClientFrameParser.NotText, result.Error);
        Assert.Equal("c-7", result.ClientMessageId);
    }

    [Fact]
    public void A_client_message_id_that_is_not_text_is_left_out_of_the_answer()
    {
        var result = Parse("""{"message_type":"text","content":"fine","client_message_id":"\ud800"}""");

        Assert.Equal(ClientFrameParser.NotText, result.Error);
        Assert.Null(result.ClientMessageId);
    }

    [Fact]
    public void Metadata_is_passed_on_as_sent_and_judged_by_messages()
    {
        var frame = Assert.IsType<SendFrame>(Parse("""{"message_type":"text","content":"x","metadata":{"k":"\ud800"}}""").Frame);

        Assert.Equal("""{"k":"\ud800"}""", frame.MetadataJson);
    }

    [Fact]
    public void A_paired_surrogate_escape_is_ordinary_text()
    {
        var frame = Assert.IsType<SendFrame>(Parse("""{"message_type":"text","content":"\ud83d\ude00"}""").Frame);

        Assert.Equal("😀", frame.Content);
    }

    [Fact]
    public void An_unknown_message_type_is_quoted_without_splitting_a_surrogate_pair()
    {
        var result = Parse($$"""{"message_type":"{{new string('a', 39)}}😀tail"}""");

        Assert.Equal($"Unknown message_type '{new string('a', 39)}…'.", result.Error);
    }

    [Theory]
    [InlineData("""{"message_type":"read","up_to_seq":1e400}""", "up_to_seq must be a non-negative integer.")]
    [InlineData("""{"message_type":"read","up_to_seq":99999999999999999999999}""", "up_to_seq must be a non-negative integer.")]
    [InlineData("""{"message_type":"text","content":"x","metadata":{"a":"b"}}}""", "The frame is not valid JSON.")]
    [InlineData("""{"message_type":"text","content":"\x"}""", "The frame is not valid JSON.")]
    [InlineData("""{"message_type":"text","content":"\u12"}""", "The frame is not valid JSON.")]
    public void Huge_numbers_and_invalid_escapes_say_what_is_wrong(string json, string error)
    {
        Assert.Equal(error, Parse(json).Error);
    }

    [Fact]
    public void Nesting_deeper_than_32_levels_is_not_parsed()
    {
        var deep = """{"message_type":"text","content":"x","metadata":""" + new string('[', 40) + new string(']', 40) + "}";

        Assert.Equal("The frame is not valid JSON.", Parse(deep).Error);
    }

    [Fact]
    public void Control_frames_parse()
    {
        var session = Guid.NewGuid();

        Assert.IsType<PingFrame>(Parse("""{"message_type":"ping"}""").Frame);
        Assert.True(Assert.IsType<TypingFrame>(Parse("""{"message_type":"typing","is_typing":true}""").Frame).IsTyping);
        Assert.False(Assert.IsType<TypingFrame>(Parse("""{"message_type":"typing","is_typing":false}""").Frame).IsTyping);
        Assert.Equal(12, Assert.IsType<ReadFrame>(Parse("""{"message_type":"read","up_to_seq":12}""").Frame).UpToSeq);
        var subscribe = Assert.IsType<SubscribeFrame>(Parse($$"""{"message_type":"subscribe","chat_session_id":"{{session}}","since_seq":5}""").Frame);
        Assert.Equal((session, 5L), (subscribe.ChatSessionId!.Value, subscribe.SinceSeq!.Value));
        Assert.Null(Assert.IsType<SubscribeFrame>(Parse($$"""{"message_type":"subscribe","chat_session_id":"{{session}}"}""").Frame).SinceSeq);
        Assert.Equal(session, Assert.IsType<UnsubscribeFrame>(Parse($$"""{"message_type":"unsubscribe","chat_session_id":"{{session}}"}""").Frame).ChatSessionId);
        Assert.Equal("away", Assert.IsType<PresenceStatusFrame>(Parse("""{"message_type":"presence","status":"away"}""").Frame).Status);
    }
}
