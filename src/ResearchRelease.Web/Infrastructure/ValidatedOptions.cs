using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace ResearchRelease.Web.Infrastructure;

/// <summary>
/// Every settings class is bound from its one section and checked by its annotations when the app starts, so a
/// wrong value stops the start with a message naming the setting instead of failing on the first request that needs it.
/// </summary>
public static class ValidatedOptions
{
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class => services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateDataAnnotations().ValidateOnStart();

    /// <summary>
    /// The settings a start-up step needs before the container is built (the database, the screening policy):
    /// bound and checked now, with the same annotations.
    /// </summary>
    public static T ReadValidated<T>(this IConfiguration configuration, string section)
        where T : class, new()
    {
        var value = configuration.GetSection(section).Get<T>() ?? new T();
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true))
            throw new OptionsValidationException(section, typeof(T), results.Select(r => Describe(section, r)));
        return value;
    }

    private static string Describe(string section, ValidationResult r) => $"{section}:{string.Join(", ", r.MemberNames)}: {r.ErrorMessage}";
}
