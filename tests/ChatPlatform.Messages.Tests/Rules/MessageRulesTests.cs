using ChatPlatform.Messages.Rules;

namespace ChatPlatform.Messages.Tests.Rules;

public sealed class MessageRulesTests
{
    private static MessageDraft Text(string? content, string? metadata = null, string? clientMessageId = "c-1") =>
        new("text", content, clientMessageId, metadata, null, null);

    [Fact]
    public void A_text_message_with_content_is_valid()
    {
        var result = MessageRules.Validate(Text("Hello!"));

        Assert.True(result.IsValid);
        Assert.Equal("Hello!", result.Message!.Content);
        Assert.Empty(result.Errors);
    }

    [Theory]
    [InlineData(null, "message_type")]
    [InlineData("", "message_type")]
    [InlineData("video", "message_type")]
    [InlineData("system", "message_type")]
    public void Message_type_must_be_one_a_client_may_send(string? type, string field)
    {
        var result = MessageRules.Validate(new MessageDraft(type, "hi", null, null, null, null));

        Assert.False(result.IsValid);
        Assert.Contains(field, result.Errors.Keys);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n")]
    public void Text_content_must_not_be_empty(string? content)
    {
        var result = MessageRules.Validate(Text(content));

        Assert.Equal(["content"], result.Errors.Keys);
    }

    [Fact]
    public void Content_may_hold_4000_characters_counting_an_emoji_once()
    {
        Assert.True(MessageRules.Validate(Text(new string('a', 4000))).IsValid);
        Assert.True(MessageRules.Validate(Text(string.Concat(Enumerable.Repeat("😀", 4000)))).IsValid);
        Assert.Contains("content", MessageRules.Validate(Text(new string('a', 4001))).Errors.Keys);
    }

    [Fact]
    public void An_image_or_file_needs_attachment_ids_and_may_have_empty_content()
    {
        Assert.Contains("attachment_ids", MessageRules.Validate(new MessageDraft("image", "look", null, null, null, null)).Errors.Keys);
        Assert.Contains("attachment_ids", MessageRules.Validate(new MessageDraft("file", "report.pdf", null, null, null, [])).Errors.Keys);
        Assert.True(MessageRules.Validate(new MessageDraft("image", null, null, null, null, [Guid.NewGuid()])).IsValid);
        Assert.True(MessageRules.Validate(new MessageDraft("file", "", null, null, null, [Guid.NewGuid()])).IsValid);
    }

    [Fact]
    public void Attachment_ids_are_deduplicated_and_limited()
    {
        var id = Guid.NewGuid();
        Assert.Equal([id], MessageRules.Validate(new MessageDraft("file", "x", null, null, null, [id, id])).Message!.AttachmentIds);

        var tooMany = Enumerable.Range(0, MessageLimits.MaxAttachments + 1).Select(_ => Guid.NewGuid()).ToList();
        Assert.Contains("attachment_ids", MessageRules.Validate(new MessageDraft("file", "x", null, null, null, tooMany)).Errors.Keys);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_client_message_id_is_refused(string clientMessageId)
    {
        Assert.Contains("client_message_id", MessageRules.Validate(Text("hi", clientMessageId: clientMessageId)).Errors.Keys);
    }

    [Fact]
    public void A_client_message_id_longer_than_128_characters_is_refused()
    {
        Assert.True(MessageRules.Validate(Text("hi", clientMessageId: new string('x', 128))).IsValid);
        Assert.Contains("client_message_id", MessageRules.Validate(Text("hi", clientMessageId: new string('x', 129))).Errors.Keys);
    }

    [Fact]
    public void A_missing_client_message_id_is_allowed()
    {
        var result = MessageRules.Validate(Text("hi", clientMessageId: null));

        Assert.True(result.IsValid);
        Assert.Null(result.Message!.ClientMessageId);
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    [InlineData("42")]
    [InlineData("{not json")]
    public void Metadata_must_be_a_json_object(string metadata)
    {
        Assert.Equal(["metadata"], MessageRules.Validate(Text("hi", metadata)).Errors.Keys);
    }

    [Theory]
    [InlineData("""{"k":"\ud800"}""")]
    [InlineData("""{"\udc00":1}""")]
    [InlineData("""{"nested":{"deeper":["ok","\ud83d"]}}""")]
    [InlineData("""{"mentions":["\ud800"]}""")]
    public void Metadata_with_a_lone_surrogate_escape_is_a_validation_error(string metadata)
    {
        var result = MessageRules.Validate(Text("hi", metadata));

        Assert.Equal(["metadata"], result.Errors.Keys);
    }

    [Fact]
    public void Metadata_with_a_surrogate_pair_escape_is_kept()
    {
        var stored = MessageRules.Validate(Text("hi", """{"emoji":"\ud83d\ude00"}""")).Message!.MetadataJson!;

        Assert.Equal("😀", System.Text.Json.JsonDocument.Parse(stored).RootElement.GetProperty("emoji").GetString());
    }

    [Fact]
    public void Metadata_is_kept_compact_in_the_order_it_was_sent()
    {
        var result = MessageRules.Validate(Text("hi", "{ \"z\": 1,\n  \"a\": {\"b\": [true, null]} }"));

        Assert.Equal("{\"z\":1,\"a\":{\"b\":[true,null]}}", result.Message!.MetadataJson);
    }

    [Fact]
    public void Json_null_metadata_means_none()
    {
        Assert.Null(MessageRules.Validate(Text("hi", "null")).Message!.MetadataJson);
    }

    [Fact]
    public void Mentions_come_from_metadata_mentions()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();

        var result = MessageRules.Validate(Text("hi", $$"""{"mentions":["{{a}}","{{b}}","{{a}}"]}"""));

        Assert.Equal([a, b], result.Message!.Mentions);
        Assert.Contains("metadata.mentions", MessageRules.Validate(Text("hi", """{"mentions":["bob"]}""")).Errors.Keys);
    }

    [Fact]
    public void Every_broken_field_is_reported_at_once()
    {
        var result = MessageRules.Validate(new MessageDraft("video", null, " ", "[]", null, null));

        Assert.Equal(["client_message_id", "message_type", "metadata"], result.Errors.Keys.Order());
    }
}
