namespace ChatPlatform.Messages.Application;

/// <summary>
/// The type name the ServiceDefaults outbox dispatcher resolves (full name and assembly, no version), for rows
/// that <see cref="MessageWriter"/> writes in SQL rather than through <c>AddOutboxMessage</c>.
/// </summary>
internal static class OutboxType
{
    public static string Of<T>() => $"{typeof(T).FullName}, {typeof(T).Assembly.GetName().Name}";
}
