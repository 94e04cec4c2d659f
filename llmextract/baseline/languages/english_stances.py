"""English stance words: "backs", "is backed by", "called for an end to", "urged Y to stop"."""

from __future__ import annotations

from llmextract.baseline.languages.stance_words import StanceWords, phrases, words

ENGLISH_STANCES = StanceWords(
    code="en",
    support=words(
        """
        back backs backed support supports supported endorse endorses endorsed praise praises
        praised welcome welcomes welcomed recognise recognises recognised recognize recognizes
        recognized applaud applauds applauded hail hails hailed laud lauds lauded commend
        commends commended congratulate congratulates congratulated thank thanks thanked
        champion champions championed defend defends defended backing supporting endorsing
        praising welcoming applauding hailing lauding commending congratulating thanking
        championing defending embrace embraces embraced cheer cheers cheered salute salutes
        saluted honor honors honored honour honours honoured
        """
    ),
    oppose=words(
        """
        oppose opposes opposed criticise criticises criticised criticize criticizes criticized
        condemn condemns condemned reject rejects rejected accuse accuses accused denounce
        denounces denounced blast blasts blasted slam slams slammed rebuke rebukes rebuked
        assail assails assailed lambast lambasts lambasted lambaste lambastes lambasted
        chastise chastises chastised berate berates berated scold scolds scolded deride derides
        derided mock mocks mocked ridicule ridicules ridiculed blame blames blamed fault faults
        faulted disavow disavows disavowed sue sues sued attack attacks attacked decry decries
        decried castigate castigates castigated opposing criticising criticizing condemning
        rejecting accusing denouncing blasting slamming rebuking assailing lambasting chastising
        berating scolding deriding mocking ridiculing blaming faulting suing attacking decrying
        castigating rebuff rebuffs rebuffed snub snubs snubbed vilify vilifies vilified demonize
        demonizes demonized demonise demonises demonised smear smears smeared insult insults
        insulted taunt taunts taunted skewer skewers skewered excoriate excoriates excoriated
        pillory pillories pilloried impugn impugns impugned disparage disparages disparaged
        belittle belittles belittled repudiate repudiates repudiated censure censures censured
        reprimand reprimands reprimanded admonish admonishes admonished
        """
    ),
    oppose_phrases=phrases(
        """
        call for an * end to, calls for an * end to, called for an * end to, calling for an * end to,
        demand an * end to, demands an * end to, demanded an * end to, urge an * end to,
        urges an * end to, urged an * end to, push for an * end to, pushed for an * end to,
        is opposed to, are opposed to, was opposed to, were opposed to, stand against,
        stands against, stood against, spoke out against, speaks out against, voted against,
        votes against, campaigned against, campaigns against, warned against, warns against,
        hit out at, hits out at, lashed out at, lashes out at, took aim at, takes aim at,
        railed against, rails against, turned on, turns on, critical of, hostile to, wary of,
        skeptical of, sceptical of, dismissive of, went after, goes after, pushed back against,
        pushes back against, pushed back on, stood up to, stands up to, took shots at, broke with,
        breaks with
        """
    ),
    support_phrases=phrases(
        """
        voted for, votes for, stand by, stands by, stood by, threw his support behind,
        threw her support behind, threw their support behind, came out in support of,
        comes out in support of, spoke out in support of, is a supporter of, was a supporter of,
        sided with, sides with, rallied behind, rallies behind, came to the defence of,
        came to the defense of, comes to the defence of, comes to the defense of, supportive of,
        sympathetic to, loyal to, paid tribute to, pays tribute to, in favor of, in favour of,
        voted in favor of, voted in favour of, vouched for, vouches for, stood with, stands with
        """
    ),
    fillers=words(
        """
        has have had will would also strongly openly publicly repeatedly again once already
        has long have long sharply fiercely roundly harshly swiftly quickly firmly fully
        formally officially warmly later then on monday tuesday wednesday thursday friday
        saturday sunday is are was were been
        """
    ),
    object_words=words(
        """
        the his her their its to president sen senator rep gov governor mayor minister
        prime secretary former leader chancellor king general judge presidential candidate
        nominee republican democratic democrat rival opponent challenger mr mrs ms dr on
        eastern western northern southern commander warlord strongman rebel renegade militia
        field marshal military fellow entire senators lawmakers colleague colleagues
        """
    ),
    via_words=words(
        """
        the all any foreign military financial political outside international support
        backing for of to arms weapons aid help assistance interference in supporting arming
        funding aiding helping
        """
    ),
    negations=words("not n't never no nor neither cannot won't don't doesn't didn't isn't wasn't"),
    conditionals=words("if whether unless would could should why how did does do"),
    passive_aux=words("is was are were been being be reportedly widely also still openly largely heavily"),
    agents=words("by"),
    and_words=words("and"),
    joiners=words("and , as well the both also"),
    relatives=words("who which that , is was are were"),
    backer_nouns=words("backers supporters sponsors allies patrons"),
    stop_verbs=words("stop end halt cease"),
    modals=words("should must need needs have has to ought"),
    urge_verbs=words("urge urges urged urging call calls called calling"),
    infinitive=words("to"),
    first_person=words("i we"),
    pronouns=words("he she they"),
    support_nouns=words("praise support backing endorsement endorsements applause plaudits"),
    oppose_nouns=words("criticism criticisms condemnation rebuke rebukes fire opposition attacks scorn"),
    receive_verbs=words(
        """
        drew draws drawn drawing faced faces facing received receives won earned suffered got gets
        landed came comes
        """
    ),
    sources=words("from"),
    ally_nouns=words("ally allies supporter champion defender backer loyalist confidant"),
    critic_nouns=words("critic critics opponent opponents foe foes detractor detractors adversary rival"),
    of_words=words("of for to"),
    copulas=words("is was are were remains"),
    praise=words(
        """
        great good excellent wonderful outstanding terrific fantastic tremendous brilliant smart
        brave courageous honest decent qualified capable strong leadership friend friends ally
        proud grateful admire respect trust hero heroes right best fine fair thoughtful
        respected principled thank thanks thanked grateful gratitude honor honored honour honoured
        privilege admire admiration confidence confident greatest
        better incredible amazing talented dedicated committed loyal love loved deserve deserves
        congratulate congratulations praise integrity heroic success successful
        """
    ),
    blame=words(
        """
        wrong bad terrible horrible disgrace disgraceful shameful shame disgusting dangerous
        reckless corrupt crooked liar lie lies lying fraud phony fake dishonest incompetent weak
        failed failure failing unfit unqualified racist bigot bigoted hypocrite hypocrisy
        obstruction unconscionable outrageous irresponsible pathetic ridiculous absurd foolish
        stupid nasty vicious mistake betrayed betrayal scandal illegal
        unacceptable inexcusable sad ashamed hoax lied abuse abused cover-up chaos disaster
        disastrous unconstitutional radical extreme partisan obstruct obstructing hostage
        embarrassing embarrassment insult insulting lawless cowardly coward cowards reckless
        witch-hunt sham joke sleazebag clown loser traitor crazy puppet attack attacks attacked
        attacking blame blamed abuse abusing obstruct obstructed misconduct wrongdoing cynical
        baseless meritless false falsely lied deceptive misleading unfair unjust illegitimate
        damaging threatened destroy destroyed worst worse awful despicable outrage appalling
        corruption criminal crimes guilty harass harassment mess rigged
        """
    ),
    reporting=words(
        """
        say says said saying tell tells told claim claims claimed think thinks thought believe
        believes believed argue argues argued insist insists insisted suggest suggests suggested
        """
    ),
    adverb_endings=("ly",),
    indefinite=words("a an"),
    naming_verbs=words(
        "call calls called dub dubs dubbed brand brands branded label labels labelled labeled"
    ),
)
