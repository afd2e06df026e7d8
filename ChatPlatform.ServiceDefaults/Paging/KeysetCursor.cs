using System.Buffers.Binary;
using Microsoft.AspNetCore.WebUtilities;

namespace ChatPlatform.ServiceDefaults.Paging;

/// <summary>An opaque cursor: the sort time and id of the last item of a page (base64url of 8 + 16 bytes).</summary>
public readonly record struct KeysetCursor(DateTimeOffset At, Guid Id)
{
    private const int Length = sizeof(long) + 16;

    public string Encode()
    {
        Span<byte> bytes = stackalloc byte[Length];
        BinaryPrimitives.WriteInt64BigEndian(bytes, At.UtcTicks);
        Id.TryWriteBytes(bytes[sizeof(long)..], bigEndian: true, out _);
        return WebEncoders.Base64UrlEncode(bytes);
    }

    public static bool TryDecode(string? value, out KeysetCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(value) || value.Length > 64)
        {
            return false;
        }
        byte[] bytes;
        try
        {
            bytes = WebEncoders.Base64UrlDecode(value);
        }
        catch (FormatException)
        {
            return false;
        }
        var ticks = bytes.Length == Length ? BinaryPrimitives.ReadInt64BigEndian(bytes) : -1;
        if (ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return false;
        }
        cursor = new KeysetCursor(new DateTimeOffset(ticks, TimeSpan.Zero), new Guid(bytes.AsSpan(sizeof(long)), bigEndian: true));
        return true;
    }
}
