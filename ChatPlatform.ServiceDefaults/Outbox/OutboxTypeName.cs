namespace ChatPlatform.ServiceDefaults.Outbox;

/// <summary>Type names stored in the outbox: full name and assembly, without a version, so upgrades still resolve.</summary>
internal static class OutboxTypeName
{
    public static string Of(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static Type Resolve(string name) =>
        Type.GetType(name, throwOnError: false) ?? throw new InvalidOperationException($"Outbox message type '{name}' cannot be resolved.");
}
