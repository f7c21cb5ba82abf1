namespace Briefing.Stories;

/// <summary>Hand-written articles for the cases a grouping gets wrong most easily: one place or one person in two events, and a follow-up days later.</summary>
internal static class StoryFixtures
{
    private static readonly DateTimeOffset Day = new(2026, 3, 10, 7, 0, 0, TimeSpan.Zero);

    public static StoryCandidate WarehouseFire(int outlet) => outlet switch
    {
        0 => new("Huge fire destroys warehouse in Hamburg port", """
            HAMBURG — A huge fire destroyed a warehouse in the port of Hamburg overnight, sending a column of black smoke over the city, the fire brigade said on Tuesday.
            More than 200 firefighters fought the blaze at the timber warehouse on the Kleiner Grasbrook quay for six hours. Nobody was injured, a fire brigade spokesman said.
            Residents of nearby districts were told to keep their windows closed. The cause of the fire is not yet known; police have opened an investigation.
            """, Day),
        1 => new("Hamburg warehouse blaze: 200 firefighters battle flames through the night", """
            Firefighters battled for six hours through the night to bring a fire at a timber warehouse in Hamburg's port under control.
            The blaze on the Kleiner Grasbrook quay sent thick black smoke across the city and residents were warned to keep windows shut, the fire brigade said.
            No one was hurt. Police said it was too early to say what caused the fire, which destroyed the warehouse and its stock of timber.
            """, Day.AddHours(2)),
        _ => new("Port fire: smoke warning for Hamburg residents", """
            People living near the port of Hamburg were asked to keep windows and doors closed on Tuesday morning after an overnight fire destroyed a timber warehouse.
            According to the fire brigade, some 200 firefighters were deployed to the Kleiner Grasbrook quay. Investigators are looking into the cause of the fire.
            """, Day.AddHours(3)),
    };

    /// <summary>Same city and day as the fire, a different event.</summary>
    public static StoryCandidate CityMarathon() => new("Kenyan runner sets course record at Hamburg marathon", """
        HAMBURG — Kenyan runner Brimin Kipkorir won the Hamburg marathon on Sunday in a course record of 2:04:21, the organisers said.
        Some 15,000 runners started in warm spring weather. Police closed several roads in the city centre and along the harbour for most of the day.
        Ethiopia's Tigist Assefa won the women's race. The city said the event drew more than 700,000 spectators.
        """, Day.AddHours(1));

    /// <summary>Same city and day as the fire, another event the police handle.</summary>
    public static StoryCandidate CityRobbery() => new("Armed men rob jeweller in Hamburg city centre", """
        HAMBURG — Two armed men robbed a jeweller's shop in Hamburg's city centre on Tuesday morning and escaped on a motorbike, police said.
        The men threatened staff with a pistol and took watches worth several hundred thousand euros. Nobody was injured.
        Police asked witnesses who saw the motorbike near the Jungfernstieg to come forward.
        """, Day.AddHours(4));

    public static StoryCandidate TruckLaunch() => new("Elon Musk unveils Tesla's electric truck", """
        Elon Musk on Thursday unveiled Tesla's long-promised electric lorry, the Semi, promising a range of 500 miles on one charge.
        Speaking at an event in California, Musk said production would begin next year and that the truck would cost less to run than a diesel.
        Several logistics companies have placed orders. Analysts questioned whether Tesla, still struggling to build its Model 3 car, could deliver on time.
        """, Day);

    /// <summary>Same person and day as the truck launch, a different event.</summary>
    public static StoryCandidate RocketLaunch() => new("SpaceX launches spy satellite for US government", """
        SpaceX launched a classified satellite for the US government from Florida on Thursday, the company founded by Elon Musk said.
        The Falcon 9 rocket lifted off from Cape Canaveral shortly after 8pm and its first stage landed back on a pad minutes later.
        Musk said on Twitter the launch went well. The mission, code-named Zuma, was the company's 17th launch of the year.
        """, Day.AddHours(5));

    public static StoryCandidate ShipAccident() => new("Cruise ship hits Rhine bridge near Duisburg; 25 hurt", """
        DUISBURG — A river cruise ship hit a pillar of a motorway bridge over the Rhine near Duisburg on Tuesday evening, injuring 25 people, police said.
        The Swiss-registered ship had 129 people on board, most of them Dutch tourists, on the last leg of a Rhine tour.
        Another ship took the passengers to Duisburg. The bridge was closed for several hours while engineers checked it.
        """, Day);

    /// <summary>The same accident six days later: a new development of the story, not the same report.</summary>
    public static StoryCandidate ShipFollowUp() => new("Captain of Rhine cruise ship charged over bridge crash", """
        Prosecutors in Duisburg have charged the captain of a river cruise ship that hit a motorway bridge over the Rhine last week with negligent bodily harm.
        Tests showed the captain had not been drinking, but prosecutors said he ignored warnings about the high water level.
        The captain's lawyer said his client would contest the charge. The shipping company has suspended him until the trial.
        """, Day.AddDays(6));

    /// <summary>The first fire report as another outlet republished it: new headline, one sentence added, later publication.</summary>
    public static StoryCandidate WarehouseFireCopy() => new("Fire in Hamburg harbour", """
        HAMBURG (dpa) — A huge fire destroyed a warehouse in the port of Hamburg overnight, sending a column of black smoke over the city, the fire brigade said on Tuesday.
        More than 200 firefighters fought the blaze at the timber warehouse on the Kleiner Grasbrook quay for six hours. Nobody was injured, a fire brigade spokesman said.
        Residents of nearby districts were told to keep their windows closed. The cause of the fire is not yet known; police have opened an investigation.
        The warehouse belonged to a timber importer.
        """, Day.AddDays(4));
}
