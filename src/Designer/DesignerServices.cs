using Microsoft.Extensions.DependencyInjection;

namespace Reconsideration.Designer;

/// <summary>Registers what the designer's components need.</summary>
public static class DesignerServices
{
    /// <summary>One <see cref="DesignerInterop"/> per component that asks for it.</summary>
    public static IServiceCollection AddBpmnDesigner(this IServiceCollection services) => services.AddTransient<DesignerInterop>();
}
