using Hub.Grains.Accounts;
using Hub.Grains.Challenges;
using Hub.Grains.Organisations;
using Hub.Grains.Storage;

namespace Hub.Grains.Contributions;

internal sealed class ChallengeContributionsGrain(
    [PersistentState("contributions", StorageNames.Hub)] IPersistentState<ContributionsState> store,
    TimeProvider time) : Grain, IChallengeContributionsGrain
{
    private ContributionsState State => store.State;

    private IChallengeGrain Challenge => GrainFactory.GetGrain<IChallengeGrain>(this.GetPrimaryKey());

    public async Task<ContributionsView> Get(Guid? readerId)
    {
        var reader = readerId is { } id ? await GrainFactory.GetGrain<IAccountGrain>(id).Get() : null;
        var moderates = reader is not null && await Challenge.MayModerate(reader.Id);

        // Names come from the accounts now, so that an erased account's name is nowhere here.
        var authors = State.Ideas.Select(i => i.AuthorId).Concat(State.Ideas.SelectMany(i => i.Comments).Select(c => c.AuthorId)).ToHashSet();
        var names = await GrainFactory.GetGrain<IAccountDirectoryGrain>(0).NamesOf(authors);
        var ideas = State.Ideas
            .Where(i => moderates || !i.Hidden)
            .Select(i => new ChallengeIdea(
                i.Id, names.GetValueOrDefault(i.AuthorId, ""), i.Text, i.PostedAt, i.EndorsedBy.Count, i.Hidden,
                [.. i.Comments.Where(c => moderates || !c.Hidden).Select(c => new ChallengeComment(c.Id, names.GetValueOrDefault(c.AuthorId, ""), c.Text, c.PostedAt, c.Hidden))]))
            .ToArray();
        var questions = State.Questions.Select(q => new MarketQuestion(q.Id, q.OrganisationName, q.Text, q.AskedAt, q.Answer)).ToArray();

        // Proposals are for the owner organisation alone: a co-owner may be a competing company.
        var challenge = await Challenge.Get();
        var owner = reader is not null && challenge is not null && (reader.IsAdmin || reader.Memberships.ContainsKey(challenge.OwnerId));
        var proposals = State.Proposals.Where(p => owner || (reader?.Memberships.ContainsKey(p.OrganisationId) ?? false)).ToArray();
        var endorsed = reader is null ? [] : State.Ideas.Where(i => i.EndorsedBy.Contains(reader.Id)).Select(i => i.Id).ToArray();
        return new ContributionsView(ideas, questions, proposals, State.Followers.Count, reader is not null && State.Followers.Contains(reader.Id), endorsed);
    }

    public async Task<Guid> SubmitIdea(Guid accountId, string text)
    {
        var author = await RequireContributorAsync(accountId);
        RequireRoom(State.Ideas.Count);
        var idea = new IdeaEntry
        {
            Id = Guid.NewGuid(),
            AuthorId = author.Id,
            Text = UserText.Require(text, ContributionLimits.MaxIdeaLength, "idea"),
            PostedAt = time.GetUtcNow(),
        };
        State.Ideas.Add(idea);
        await store.WriteStateAsync();
        return idea.Id;
    }

    public async Task<Guid> Comment(Guid accountId, Guid ideaId, string text)
    {
        var author = await RequireContributorAsync(accountId);
        var idea = RequireIdea(ideaId);
        RequireRoom(idea.Comments.Count);
        var comment = new CommentEntry
        {
            Id = Guid.NewGuid(),
            AuthorId = author.Id,
            Text = UserText.Require(text, ContributionLimits.MaxCommentLength, "comment"),
            PostedAt = time.GetUtcNow(),
        };
        idea.Comments.Add(comment);
        await store.WriteStateAsync();
        return comment.Id;
    }

    public async Task Endorse(Guid accountId, Guid ideaId, bool endorse)
    {
        var account = await RequireContributorAsync(accountId);
        var idea = RequireIdea(ideaId);
        if (endorse ? idea.EndorsedBy.Add(account.Id) : idea.EndorsedBy.Remove(account.Id))
        {
            await store.WriteStateAsync();
        }
    }

    public async Task Follow(Guid accountId, bool follow)
    {
        // Following a challenge is open whatever its status: people follow it to its outcome.
        if (await GrainFactory.GetGrain<IAccountGrain>(accountId).Get() is null || await Challenge.Get() is null)
        {
            throw new RuleException(ChallengeErrorCodes.ChallengeNotFound, "There is no such challenge, or no such account.");
        }

        if (follow ? State.Followers.Add(accountId) : State.Followers.Remove(accountId))
        {
            await store.WriteStateAsync();
        }

        // Said again even when nothing changed here, which mends an account that missed it before.
        await GrainFactory.GetGrain<IAccountGrain>(accountId).SetFollowing(this.GetPrimaryKey(), follow);
    }

    public async Task ForgetFollower(Guid accountId)
    {
        if (State.Followers.Remove(accountId))
        {
            await store.WriteStateAsync();
        }
    }

    public async Task SetHidden(Guid actorId, Guid itemId, bool hidden)
    {
        if (!await Challenge.MayModerate(actorId))
        {
            throw new RuleException(ErrorCodes.Forbidden, "Only the challenge's owners and moderators hide contributions.");
        }

        if (State.Ideas.FirstOrDefault(i => i.Id == itemId) is { } idea)
        {
            idea.Hidden = hidden;
        }
        else if (State.Ideas.SelectMany(i => i.Comments).FirstOrDefault(c => c.Id == itemId) is { } comment)
        {
            comment.Hidden = hidden;
        }
        else
        {
            throw new RuleException(ContributionErrorCodes.ContributionNotFound, "There is no such idea or comment.");
        }

        await store.WriteStateAsync();
    }

    public async Task<Guid> Ask(Guid accountId, Guid organisationId, string text)
    {
        var (_, company) = await RequireCompanyAsync(accountId, organisationId);
        RequireRoom(State.Questions.Count);
        var question = new QuestionEntry
        {
            Id = Guid.NewGuid(),
            AuthorId = accountId,
            OrganisationName = company.Profile.Name,
            Text = UserText.Require(text, ContributionLimits.MaxQuestionLength, "question"),
            AskedAt = time.GetUtcNow(),
        };
        State.Questions.Add(question);
        await store.WriteStateAsync();
        return question.Id;
    }

    public async Task Answer(Guid actorId, Guid questionId, string text)
    {
        if (!await Challenge.IsOwnedBy(actorId))
        {
            throw new RuleException(ChallengeErrorCodes.NotAnOwner, "Only the challenge's owners answer.");
        }

        var question = State.Questions.FirstOrDefault(q => q.Id == questionId)
            ?? throw new RuleException(ContributionErrorCodes.ContributionNotFound, "There is no such question.");
        question.Answer = UserText.Require(text, ContributionLimits.MaxAnswerLength, "answer");
        await store.WriteStateAsync();
    }

    public async Task<Guid> Propose(Guid accountId, Guid organisationId, string text)
    {
        var (_, company) = await RequireCompanyAsync(accountId, organisationId);
        RequireRoom(State.Proposals.Count);
        var proposal = new MarketProposal(
            Guid.NewGuid(), organisationId, company.Profile.Name, UserText.Require(text, ContributionLimits.MaxProposalLength, "proposal"), time.GetUtcNow());
        State.Proposals.Add(proposal);
        await store.WriteStateAsync();
        return proposal.Id;
    }

    /// <summary>A signed-in account, while the challenge takes contributions (open or in progress).</summary>
    private async Task<AccountView> RequireContributorAsync(Guid accountId)
    {
        var challenge = await Challenge.Get();
        if (challenge is null || !challenge.Status.IsRunning())
        {
            throw new RuleException(ContributionErrorCodes.NotTakingContributions, "The challenge takes contributions while it is open or in progress.");
        }

        return await GrainFactory.GetGrain<IAccountGrain>(accountId).Get()
            ?? throw new RuleException(AccountErrorCodes.AccountNotFound, "Sign in to contribute.");
    }

    /// <summary>A member of a company, on a procurement need that takes contributions.</summary>
    private async Task<(AccountView Account, OrganisationView Company)> RequireCompanyAsync(Guid accountId, Guid organisationId)
    {
        var account = await RequireContributorAsync(accountId);
        if ((await Challenge.Get())!.Draft.Kind != ChallengeKind.ProcurementNeed)
        {
            throw new RuleException(ContributionErrorCodes.NotAProcurement, "Only a procurement need has a market dialogue.");
        }

        return account.Memberships.ContainsKey(organisationId)
            && await GrainFactory.GetGrain<IOrganisationGrain>(organisationId).Get() is { Profile.Kind: OrganisationKind.Company } company
                ? (account, company)
                : throw new RuleException(ContributionErrorCodes.NotACompany, "Companies take part in the market dialogue, through a member.");
    }

    private IdeaEntry RequireIdea(Guid ideaId) =>
        State.Ideas.FirstOrDefault(i => i.Id == ideaId && !i.Hidden)
            ?? throw new RuleException(ContributionErrorCodes.ContributionNotFound, "There is no such idea.");

    private static void RequireRoom(int count)
    {
        if (count >= ContributionLimits.MaxItems)
        {
            throw new RuleException(ErrorCodes.Full, "The challenge holds as many of these as it can.");
        }
    }
}
