namespace Hub.Web.Mail;

internal static class MailFeature
{
    public static IServiceCollection AddMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return services.AddSingleton<MailSender>();
    }
}
