namespace Reconsideration.Host.Features.Api.Cases;

/// <summary>What a step route hands to its call: the case id, the services and the request's cancellation.</summary>
internal readonly record struct StepContext(Guid Id, IServiceProvider Services, CancellationToken Token)
{
    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();
}
