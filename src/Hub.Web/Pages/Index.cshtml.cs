using Hub.Grains.Challenges;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Web.Pages;

public sealed class IndexModel(IGrainFactory grains) : PageModel
{
    public IReadOnlyList<ChallengeDetails> Challenges { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var summaries = await grains.GetGrain<IChallengeDirectoryGrain>(0).List();
        var details = await Task.WhenAll(summaries.Select(s => grains.GetGrain<IChallengeGrain>(s.Id).GetDetails()));
        Challenges = details.OfType<ChallengeDetails>().ToArray();
    }
}
