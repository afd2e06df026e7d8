namespace ChatPlatform.Messages.Tests.Infrastructure;

internal static class Eventually
{
    /// <summary>Retries <paramref name="probe"/> until it returns true: for effects that travel over the broker.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> probe, string what, int timeoutSeconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (!await probe())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }
            await Task.Delay(100);
        }
    }

    /// <summary>Retries <paramref name="probe"/> until it returns a value.</summary>
    public static async Task<T> ValueAsync<T>(Func<Task<T?>> probe, string what, int timeoutSeconds = 30) where T : class
    {
        T? value = null;
        await HoldsAsync(async () => (value = await probe()) is not null, what, timeoutSeconds);
        return value!;
    }
}
