using System.Security.Cryptography;
using ChatPlatform.Identity.Infrastructure;
using ChatPlatform.Identity.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;

namespace ChatPlatform.Identity.Application.SigningKeys;

/// <summary>
/// The RSA keys kept in identitydb's <c>signing_keys</c>. The first start generates a 2048-bit key; when several
/// replicas start at once, the partial unique index on <c>active</c> (<c>ux_signing_keys_single_active</c>) lets
/// one insert win and the others load it.
/// </summary>
public sealed partial class SigningKeyStore(IServiceScopeFactory scopes, TimeProvider time, ILogger<SigningKeyStore> logger)
{
    private const int KeySizeInBits = 2048;
    private readonly SemaphoreSlim _loadLock = new(1, 1);
    private KeyRing? _ring;

    /// <summary>The keys, loaded (and created if none is active) on first use.</summary>
    public async Task<KeyRing> GetKeyRingAsync(CancellationToken cancellationToken = default)
    {
        if (_ring is { } ring)
        {
            return ring;
        }
        await _loadLock.WaitAsync(cancellationToken);
        try
        {
            return _ring ??= await LoadOrCreateAsync(cancellationToken);
        }
        finally
        {
            _loadLock.Release();
        }
    }

    /// <summary>For token validation, which asks synchronously; the ring is loaded at start, before requests arrive.</summary>
    public IReadOnlyList<SecurityKey> ValidationKeys => (_ring ?? GetKeyRingAsync().GetAwaiter().GetResult()).All;

    private async Task<KeyRing> LoadOrCreateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var keys = await db.SigningKeys.AsNoTracking().OrderByDescending(k => k.CreatedAt).ToListAsync(cancellationToken);
        if (!keys.Any(k => k.Active))
        {
            await TryCreateActiveKeyAsync(db, cancellationToken);
            keys = await db.SigningKeys.AsNoTracking().OrderByDescending(k => k.CreatedAt).ToListAsync(cancellationToken);
        }

        var all = keys.Select(ToSecurityKey).ToList();
        var active = all[keys.FindIndex(k => k.Active)];
        LogKeysLoaded(logger, active.KeyId, all.Count);
        return new KeyRing(active, all);
    }

    private async Task TryCreateActiveKeyAsync(IdentityDbContext db, CancellationToken cancellationToken)
    {
        using var rsa = RSA.Create(KeySizeInBits);
        var kid = Base64UrlEncoder.Encode(new RsaSecurityKey(rsa.ExportParameters(false)).ComputeJwkThumbprint());
        var pem = rsa.ExportPkcs8PrivateKeyPem();
        // ON CONFLICT: a replica that loses the race on the single-active index inserts nothing instead of failing.
        var inserted = await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO signing_keys (kid, private_key_pem, created_at, active) VALUES ({kid}, {pem}, {time.GetUtcNow()}, TRUE) ON CONFLICT DO NOTHING",
            cancellationToken);
        if (inserted == 1)
        {
            LogKeyCreated(logger, kid);
        }
        else
        {
            LogLostKeyRace(logger);
        }
    }

    private static RsaSecurityKey ToSecurityKey(SigningKey key)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(key.PrivateKeyPem);
        return new RsaSecurityKey(rsa) { KeyId = key.Kid };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created signing key {Kid}")]
    private static partial void LogKeyCreated(ILogger logger, string kid);

    [LoggerMessage(Level = LogLevel.Information, Message = "Another replica created the signing key first; using it")]
    private static partial void LogLostKeyRace(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Signing with key {Kid} ({Count} key(s) published)")]
    private static partial void LogKeysLoaded(ILogger logger, string kid, int count);
}
