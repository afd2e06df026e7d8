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
}
