using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ChatPlatform.Contracts;
using ChatPlatform.Identity.Apis.Dtos;
using ChatPlatform.Identity.Infrastructure;
using ChatPlatform.Identity.Model;
using ChatPlatform.Identity.Rules;
using ChatPlatform.ServiceDefaults;
using ChatPlatform.ServiceDefaults.Data;
using ChatPlatform.ServiceDefaults.Idempotency;
using ChatPlatform.ServiceDefaults.Outbox;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Identity.Application.Registration;

/// <summary>
/// Creates accounts. The user, its <see cref="UserRegistered"/> event and, with an <c>Idempotency-Key</c>, the
/// replayable result are written in one transaction; the unique index on the normalized email settles races.
/// </summary>
public sealed class UserRegistrar(IdentityDbContext db, IPasswordHasher<User> hasher, TimeProvider time)
{
    private const string IdempotencyOperation = "register";

    /// <summary>Registration has no caller: its keys are everyone's, told apart by the fingerprint and the password.</summary>
    private static readonly Guid Anonymous = Guid.Empty;

    /// <summary>Registers a request that already passed <see cref="RegistrationRules.Validate"/>.</summary>
    public async Task<RegistrationResult> RegisterAsync(RegisterRequest request, string? idempotencyKey, CancellationToken cancellationToken)
    {
        using var activity = IdentityTracing.Source.StartActivity("register user");
        var result = await RegisterCoreAsync(request, idempotencyKey, cancellationToken);
        activity?.SetTag("chat.outcome", result.Status.ToString());
        return result;
    }

    private async Task<RegistrationResult> RegisterCoreAsync(RegisterRequest request, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var email = request.Email.Trim();
        var displayName = request.DisplayName.Trim();
        var normalizedEmail = EmailAddress.Normalize(email);
        var fingerprint = Fingerprint(normalizedEmail, displayName);

        if (idempotencyKey is not null && await ReplayAsync(idempotencyKey, fingerprint, request.Password, cancellationToken) is { } replay)
        {
            return replay;
        }

        var now = time.GetUtcNow();
        var user = User.Create(email, normalizedEmail, displayName, RoleRules.Default, now);
        user.PasswordHash = hasher.HashPassword(user, request.Password);
        var response = UserResponse.From(user);

        db.Users.Add(user);
        db.AddOutboxMessage(new UserRegistered(user.Id, user.Email, user.DisplayName, response.Roles, now));
        if (idempotencyKey is not null)
        {
            db.AddIdempotencyRecord(Anonymous, IdempotencyOperation, idempotencyKey, user.Id, now,
                requestFingerprint: fingerprint, responseJson: JsonSerializer.Serialize(response, ChatJson.Options));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new RegistrationResult(RegistrationStatus.Created, response);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            // A concurrent retry with the same key may have won the race: answer as it did.
            if (idempotencyKey is not null && await ReplayAsync(idempotencyKey, fingerprint, request.Password, cancellationToken) is { } concurrentReplay)
            {
                return concurrentReplay;
            }
            return new RegistrationResult(RegistrationStatus.DuplicateEmail);
        }
    }

    private async Task<RegistrationResult?> ReplayAsync(string key, string fingerprint, string password, CancellationToken cancellationToken)
    {
        var record = await db.FindIdempotencyRecordAsync(Anonymous, IdempotencyOperation, key, cancellationToken);
        if (record is null)
        {
            return null;
        }
        // The fingerprint leaves the password out (an unsalted hash of it would be a liability), so check it against the account.
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == record.ResourceId, cancellationToken);
        var samePassword = user is not null && hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed;
        return record.RequestFingerprint == fingerprint && samePassword && record.ResponseJson is { } firstResponse
            ? new RegistrationResult(RegistrationStatus.Replayed, JsonSerializer.Deserialize<UserResponse>(firstResponse, ChatJson.Options))
            : new RegistrationResult(RegistrationStatus.IdempotencyKeyReused);
    }

    private static string Fingerprint(string normalizedEmail, string displayName) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{normalizedEmail}\n{displayName}")));
}
