using System.Numerics;

namespace ChatPlatform.Bench.Load;

/// <summary>
/// A log-linear histogram of microsecond values (HDR-style, 1,024 sub-buckets per power of two: better than 0.1 %
/// precision). Not thread-safe: every receive loop owns one and they are merged at the end.
/// </summary>
public sealed class LatencyHistogram
{
    private const int SubBucketBits = 10;
    private const int SubBucketCount = 1 << SubBucketBits;
    // Values up to 2^40 µs (12 days) fit.
    private const int BucketCount = (40 - SubBucketBits + 2) * SubBucketCount;

    private readonly long[] _counts = new long[BucketCount];

    public long Count { get; private set; }

    public long MaxMicroseconds { get; private set; }

    public long MinMicroseconds { get; private set; } = long.MaxValue;

    public double SumMicroseconds { get; private set; }

    public void Record(long microseconds)
    {
        if (microseconds < 0)
        {
            microseconds = 0;
        }
        _counts[Index(microseconds)]++;
        Count++;
        SumMicroseconds += microseconds;
        if (microseconds > MaxMicroseconds)
        {
            MaxMicroseconds = microseconds;
        }
        if (microseconds < MinMicroseconds)
        {
            MinMicroseconds = microseconds;
        }
    }

    public void Add(LatencyHistogram other)
    {
        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] += other._counts[i];
        }
        Count += other.Count;
        SumMicroseconds += other.SumMicroseconds;
        MaxMicroseconds = Math.Max(MaxMicroseconds, other.MaxMicroseconds);
        MinMicroseconds = Math.Min(MinMicroseconds, other.MinMicroseconds);
    }

    /// <summary>The value at <paramref name="percentile"/> (0..100) in microseconds, or null when empty.</summary>
    public double? Percentile(double percentile)
    {
        if (Count == 0)
        {
            return null;
        }
        var rank = Math.Max(1, (long)Math.Ceiling(percentile / 100.0 * Count));
        long seen = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            seen += _counts[i];
            if (seen >= rank)
            {
                return Math.Min(MidValue(i), MaxMicroseconds);
            }
        }
        return MaxMicroseconds;
    }

    private static int Index(long value)
    {
        if (value < 2 * SubBucketCount)
        {
            return (int)value;
        }
        var shift = 63 - BitOperations.LeadingZeroCount((ulong)value) - SubBucketBits;
        return Math.Min((shift << SubBucketBits) + (int)(value >> shift), BucketCount - 1);
    }

    private static double MidValue(int index)
    {
        if (index < 2 * SubBucketCount)
        {
            return index;
        }
        var shift = (index >> SubBucketBits) - 1;
        var mantissa = index - (shift << SubBucketBits);
        var low = (double)((long)mantissa << shift);
        return low + ((1L << shift) - 1) / 2.0;
    }
}
