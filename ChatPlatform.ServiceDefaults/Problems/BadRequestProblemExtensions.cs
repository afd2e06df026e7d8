using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPlatform.ServiceDefaults.Problems;

public static class BadRequestProblemExtensions
{
    /// <summary>
    /// Makes minimal APIs throw on unbindable requests in every environment (by default they only do so in
    /// Development, and then the exception handler would answer 500) and answers them with <see cref="BadRequestProblemHandler"/>.
    /// </summary>
    public static IServiceCollection AddBadRequestProblems(this IServiceCollection services)
    {
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<BadRequestProblemHandler>();
        return services;
    }
}
