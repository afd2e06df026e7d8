using System.Net.WebSockets;
using System.Text;

namespace ChatPlatform.EndToEnd.Tests.Hostile;

/// <summary>
/// Hostile WebSocket frames from a seed: the same seed gives the same frames in the same order. None of them is a
/// send the platform may store (every send-shaped frame carries a defect), so whatever the platform answers, the
/// session's history must not change.
/// </summary>
internal sealed class FrameFuzzer(int seed, string sessionId)
{
    private const int MaxFrameBytes = 64 * 1024;

    private static readonly string[] MessageTypes = ["text", "image", "file", "typing", "read", "ping", "subscribe", "unsubscribe", "presence"];
    private static readonly string[] SendTypes = ["text", "image", "file"];
    private static readonly string[] Fields =
        ["content", "client_message_id", "chat_session_id", "metadata", "reply_to_id", "attachment_ids", "is_typing", "up_to_seq", "since_seq", "status"];
    private static readonly string[] LoneSurrogates = [@"\ud800", @"\udbff", @"\udc00", @"\udfff", @"\ud83d", @"\ude00x"];
    private static readonly string[] InvalidEscapes = [@"\x", @"\u12", @"\uZZZZ", @"\'", @"\U0041", "\\", @"\u00"];
    private static readonly string[] HugeNumbers =
        ["1e400", "-1e400", "99999999999999999999999999", "9223372036854775808", "-9223372036854775809", "1.5", "-1", "1E+2", "0.0000001", "-0"];
    private static readonly string[] NotObjects = ["[]", "[1,2,3]", "\"a string\"", "42", "null", "true", "[{\"message_type\":\"ping\"}]"];

    private readonly Random random = new(seed);

    public FuzzFrame Next() => random.Next(100) switch
    {
        < 12 => LoneSurrogate(),
        < 19 => InvalidEscape(),
        < 25 => DeepNesting(),
        < 32 => HugeNumber(),
        < 55 => KnownFieldsOfEveryType(),
        < 63 => RefusedByMessages(),
        < 70 => Truncated(),
        < 74 => Fragmented(),
        < 80 => Binary(),
        < 85 => RandomUnicodeObject(),
        < 89 => RandomJunk(),
        < 93 => Text(NotObjects[random.Next(NotObjects.Length)], "not an object", FuzzExpectation.Error),
        < 97 => Text("{}" + (random.Next(2) == 0 ? "{}" : "]"), "trailing garbage", FuzzExpectation.Error),
        < 99 => InvalidUtf8(),
        _ => Oversize(),
    };

    /// <summary>A known field (or message_type itself) holding an escaped lone surrogate: the case that used to drop the socket.</summary>
    private FuzzFrame LoneSurrogate()
    {
        var bad = $"\"{RandomAscii(0, 5)}{LoneSurrogates[random.Next(LoneSurrogates.Length)]}{RandomAscii(0, 5)}\"";
        // Each field is one the parser reads for that message_type, so each frame must be refused.
        var json = random.Next(5) switch
        {
            0 => $"{{\"message_type\":{bad}}}",
            1 => $"{{\"message_type\":\"text\",\"content\":{bad},\"client_message_id\":\"fuzz-{random.Next()}\"}}",
            2 => $"{{\"message_type\":\"{Pick(SendTypes)}\",\"content\":\"x\",\"{Pick(["reply_to_id", "client_message_id"])}\":{bad}}}",
            3 => $"{{\"message_type\":\"{Pick(MessageTypes)}\",\"chat_session_id\":{bad}}}",
            _ => $"{{\"message_type\":\"{Pick(["presence", "text"])}\",\"status\":{bad},\"content\":{bad},\"attachment_ids\":[{bad}]}}",
        };
        return Text(json, "lone surrogate", FuzzExpectation.Error);
    }

    /// <summary>An escape JSON does not have; the '!' after it keeps random letters from completing it (<c>\u00</c> + "ab").</summary>
    private FuzzFrame InvalidEscape() =>
        Text($"{{\"message_type\":\"text\",\"content\":\"{RandomAscii(0, 8)}{Pick(InvalidEscapes)}!{RandomAscii(0, 8)}\"}}", "invalid escape", FuzzExpectation.Error);

    /// <summary>Nesting around the 32 levels the parser allows, or far deeper (still under 64 KiB).</summary>
    private FuzzFrame DeepNesting()
    {
        var depth = random.Next(3) == 0 ? random.Next(100, 5000) : random.Next(28, 36);
        var (open, close) = random.Next(2) == 0 ? ("[", "]") : ("{\"a\":", "}");
        var nested = string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
        // Inside a ping the frame is fine as long as the whole document is at most 32 levels deep.
        return Text($"{{\"message_type\":\"ping\",\"deep\":{nested}}}", $"nesting {depth}",
            depth + 1 > 32 ? FuzzExpectation.Error : FuzzExpectation.Any);
    }

    private FuzzFrame HugeNumber()
    {
        var number = Pick(HugeNumbers);
        var expectation = number == "-0" ? FuzzExpectation.Any : FuzzExpectation.Error;
        return random.Next(2) == 0
            ? Text($"{{\"message_type\":\"read\",\"up_to_seq\":{number}}}", "huge up_to_seq", expectation)
            : Text($"{{\"message_type\":\"subscribe\",\"chat_session_id\":\"{sessionId}\",\"since_seq\":{number}}}", "huge since_seq", expectation);
    }

    /// <summary>Any message_type (known, unknown, not a string) with known fields holding every JSON type.</summary>
    private FuzzFrame KnownFieldsOfEveryType()
    {
        var fields = new List<string>();
        var typeIndex = random.Next(MessageTypes.Length + 4);
        var messageType = typeIndex < MessageTypes.Length ? MessageTypes[typeIndex] : null;
        fields.Add("\"message_type\":" + (messageType is null ? RandomJsonValue() : $"\"{messageType}\""));
        foreach (var field in Fields.OrderBy(_ => random.Next()).Take(random.Next(1, 5)))
        {
            fields.Add($"\"{field}\":{RandomJsonValue()}");
        }
        var isSend = messageType is not null && SendTypes.Contains(messageType);
        if (isSend)
        {
            // A defect the parser refuses, so that no random combination becomes a message that gets stored.
            fields.RemoveAll(field => field.StartsWith("\"attachment_ids\"", StringComparison.Ordinal));
            fields.Add("\"attachment_ids\":\"not-an-array\"");
        }
        var knownType = messageType is not null && !isSend;
        return Text("{" + string.Join(',', fields) + "}", $"fields of every type ({messageType ?? "odd type"})",
            knownType ? FuzzExpectation.Any : FuzzExpectation.Error);
    }

    /// <summary>A send the parser passes on and Messages refuses (each takes a send token, so they are rarer).</summary>
    private FuzzFrame RefusedByMessages()
    {
        var (type, fields) = random.Next(6) switch
        {
            0 => ("text", $"\"content\":\"x\",\"metadata\":{{\"k\":\"{Pick(LoneSurrogates)}\"}}"),
            1 => ("text", $"\"content\":\"x\",\"reply_to_id\":\"{RandomGuid()}\""),
            2 => ("image", $"\"content\":\"\",\"attachment_ids\":[\"{RandomGuid()}\"]"),
            3 => ("text", $"\"content\":\"{new string('y', 4001 + random.Next(100))}\""),
            4 => ("text", $"\"content\":\"x\",\"client_message_id\":\"{new string('c', 129 + random.Next(50))}\""),
            _ => ("file", $"\"content\":\"x\",\"metadata\":{{\"blob\":\"{new string('m', 9 * 1024)}\"}}"),
        };
        return Text($"{{\"message_type\":\"{type}\",\"chat_session_id\":\"{sessionId}\",{fields}}}", "refused by messages", FuzzExpectation.Error);
    }

    private FuzzFrame Truncated()
    {
        var whole = $"{{\"message_type\":\"text\",\"content\":\"{RandomAscii(1, 20)}\",\"client_message_id\":\"fuzz-{random.Next()}\"}}";
        return Text(whole[..random.Next(1, whole.Length - 1)], "truncated", FuzzExpectation.Error);
    }

    /// <summary>A frame split over several WebSocket fragments; the server reassembles it before parsing.</summary>
    private FuzzFrame Fragmented()
    {
        var inner = random.Next(2) == 0 ? LoneSurrogate() : Text("{\"message_type\":\"ping\"}", "ping", FuzzExpectation.Any);
        return inner with { Kind = $"fragmented {inner.Kind}", Fragments = random.Next(2, 6) };
    }

    private FuzzFrame Binary()
    {
        var bytes = new byte[random.Next(1, 2048)];
        random.NextBytes(bytes);
        return new FuzzFrame(bytes, WebSocketMessageType.Binary, FuzzExpectation.Error, "binary");
    }

    /// <summary>Random code points of every plane (no lone surrogates: those cannot be UTF-8) in string values.</summary>
    private FuzzFrame RandomUnicodeObject()
    {
        var type = Pick(["typing", "read", "ping", "presence", "shout", "\u202Eevil", "😀"]);
        var json = $"{{\"message_type\":\"{Escape(type)}\",\"content\":\"{Escape(RandomUnicode(random.Next(1, 200)))}\",\"{Escape(RandomUnicode(3))}\":\"{Escape(RandomUnicode(10))}\"}}";
        return Text(json, "random unicode", type is "typing" or "ping" ? FuzzExpectation.Any : FuzzExpectation.Error);
    }

    private FuzzFrame RandomJunk() => Text(RandomUnicode(random.Next(1, 400)).Insert(0, "x"), "junk text", FuzzExpectation.Error);

    /// <summary>A text frame whose bytes are not UTF-8: the WebSocket layer closes it with 1007 (RFC 6455).</summary>
    private FuzzFrame InvalidUtf8()
    {
        byte[] bytes = [.. "{\"message_type\":\"text\",\"content\":\""u8, 0xC3, 0x28, 0xFF, .. "\"}"u8];
        return new FuzzFrame(bytes, WebSocketMessageType.Text, FuzzExpectation.Closes1007, "text that is not UTF-8");
    }

    private FuzzFrame Oversize() =>
        Text($"{{\"message_type\":\"text\",\"content\":\"{new string('o', MaxFrameBytes + random.Next(1, 100))}\"}}", "over 64 KiB", FuzzExpectation.Closes1009);

    private string RandomJsonValue() => random.Next(16) switch
    {
        0 => "null",
        1 => "true",
        2 => "false",
        3 => random.Next(-5, 5).ToString(),
        4 => Pick(HugeNumbers),
        5 => "\"\"",
        6 => $"\"z{RandomAscii(0, 12)}\"",
        7 => $"\"{sessionId}\"",
        8 => $"\"{RandomGuid()}\"",
        9 => $"\"{Pick(LoneSurrogates)}\"",
        10 => "[]",
        11 => $"[\"{RandomGuid()}\",1,null]",
        12 => "{}",
        13 => "{\"nested\":{\"deeper\":[1,{\"x\":\"y\"}]}}",
        14 => $"\"{Escape(RandomUnicode(8))}\"",
        _ => "\"online\"",
    };

    private string RandomAscii(int min, int max) =>
        new(Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => (char)random.Next('a', 'z' + 1)).ToArray());

    private string RandomUnicode(int length)
    {
        var builder = new StringBuilder(length * 2);
        for (var index = 0; index < length; index++)
        {
            var codePoint = random.Next(4) switch
            {
                0 => random.Next(0x20, 0x7F),
                1 => random.Next(0x80, 0xD800),
                2 => random.Next(0xE000, 0x10000),
                _ => random.Next(0x10000, 0x110000),
            };
            builder.Append(char.ConvertFromUtf32(codePoint));
        }
        return builder.ToString();
    }

    private Guid RandomGuid()
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static string Escape(string text) => JsonSerializer.Serialize(text)[1..^1];

    private string Pick(string[] values) => values[random.Next(values.Length)];

    private static FuzzFrame Text(string json, string kind, FuzzExpectation expectation) =>
        new(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, expectation, kind);
}
