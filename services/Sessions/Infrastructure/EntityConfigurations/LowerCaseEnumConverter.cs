using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ChatPlatform.Sessions.Infrastructure.EntityConfigurations;

/// <summary>Stores an enum as its lower-case name (<c>direct</c>, <c>waiting</c>), the spelling the API uses.</summary>
internal sealed class LowerCaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
    value => value.ToString().ToLowerInvariant(),
    value => Enum.Parse<TEnum>(value, true))
    where TEnum : struct, Enum;
