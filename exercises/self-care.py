"""Exercises for Chapter 7, Self-care, burnout and sustainable practice."""

from textbook.kit import (
    Band,
    Choice,
    Matching,
    MultipleSelect,
    Option,
    Pair,
    Reflection,
    Scenario,
    SelfCheck,
    SelfCheckItem,
    SingleChoice,
    Step,
)

EXERCISES = [
    Reflection(
        id="self-care-fills-and-drains",
        title="List what fills you up and drains you",
        objectives=["warning-signs", "wellness-plan"],
        prompt=(
            "Make two short lists. First, name three things that fill you up: people, places or "
            "activities that leave you with more energy than before. Then name three things that "
            "drain you, at school, at work or at home. End with one sentence about what you "
            "notice when you compare the two lists. Your answer stays in your own browser, and you "
            "will come back to it when you build your plan at the end of this chapter."
        ),
        checklist=[
            'Did I name three things that fill me up, and make them specific (not just "relaxing")?',
            "Did I name three things that drain me?",
            "Did I write one thing I notice when I compare the lists?",
            "Did I keep private details to what I am comfortable writing down?",
        ],
        min_words=40,
    ),
    Matching(
        id="self-care-strain-match",
        title="Match each worker's experience to an idea",
        objectives=["naming-the-strain"],
        prompt="Match each situation to the idea that fits it best.",
        pairs=[
            Pair(
                left=(
                    "After eighteen months of short-staffed shifts, Marc feels drained all the "
                    "time. He has grown cynical about the job and doubts that his work makes "
                    "any difference."
                ),
                right="Burnout",
            ),
            Pair(
                left=(
                    "A hospice support worker has cared for many dying people this year. She "
                    "feels worn down by their pain, and it is getting harder to feel for each new "
                    "family. Some of their stories stay with her at night."
                ),
                right="Compassion fatigue",
            ),
            Pair(
                left=(
                    "The night after a youth describes an assault in detail, an outreach worker "
                    "keeps picturing the scene and cannot sleep. He jumps when his phone rings."
                ),
                right="Secondary traumatic stress",
            ),
            Pair(
                left=(
                    "After years of supporting survivors of family violence, Yasmin no longer "
                    "believes any home is truly safe. She has slowly come to trust people less."
                ),
                right="Vicarious trauma",
            ),
            Pair(
                left=(
                    "An education assistant glows for the rest of the day after a student she "
                    "supports reads a full sentence aloud for the first time."
                ),
                right="Compassion satisfaction",
            ),
        ],
        extras=["Ordinary tiredness", "Grief after a loss"],
        rationale=(
            "Marc's strain comes from long-term stress at work, and it shows the marks of "
            "burnout: exhaustion, cynical distance from the job and a lost sense of doing good. The hospice worker "
            "shows compassion fatigue, the cost of caring for people who suffer; in Stamm's model "
            "it combines burnout-like exhaustion with secondary traumatic stress. The outreach "
            "worker's reaction came on fast, after one story, and looks like a trauma reaction: "
            "that is secondary traumatic stress. Yasmin's change is slow and is about her beliefs "
            "on safety and trust, the mark of vicarious trauma. The education assistant feels "
            "compassion satisfaction, the good that comes from helping well. Ordinary tiredness "
            "and grief after a loss are normal parts of caring work, and none of these five "
            "stories is only that. Real life is messier: these often overlap, and several can be "
            "present at once."
        ),
    ),
    SingleChoice(
        id="self-care-which-strain",
        title="Name the strain Léa is feeling",
        objectives=["naming-the-strain"],
        prompt=(
            "Léa has worked in supportive housing for three years. Many tenants have told her "
            "about violence they lived through. Lately she will not let her son sleep over at a "
            "friend's house, and she has come to believe that most people would hurt someone weaker "
            "if they could get away with it. She still looks forward to her shifts and feels for "
            "each new tenant. She cannot point to any one story that caused this. Which idea fits best?"
        ),
        options=[
            Option(
                text="Vicarious trauma",
                correct=True,
                feedback=(
                    "Yes. The change is slow, it builds up over many stories, and it has changed "
                    "what Léa believes about trust and about what people are capable of. That shift "
                    "in a helper's inner world is what Pearlman and Saakvitne called vicarious trauma."
                ),
            ),
            Option(
                text="Compassion fatigue",
                feedback=(
                    "Close, because both come from caring for people who suffer. But compassion "
                    "fatigue wears down your ability to feel for the next person, and Léa still "
                    "feels for each new tenant. What has changed is what she believes about people, "
                    "which points to vicarious trauma."
                ),
            ),
            Option(
                text="Secondary traumatic stress",
                feedback=(
                    "Not the best fit. Both come from hearing about other people's trauma, but "
                    "secondary traumatic stress tends to come on quickly and to be tied to one "
                    "event. Léa's change has built up slowly and is about her beliefs, which "
                    "points to vicarious trauma."
                ),
            ),
            Option(
                text="Burnout",
                feedback=(
                    "Not the best fit. Burnout is about long-term stress from the job itself: "
                    "exhaustion, distance from people and a lost sense of doing good. Léa still "
                    "looks forward to her shifts. Her change is about how far she can trust people, "
                    "and it comes from the trauma she hears about."
                ),
            ),
        ],
    ),
    MultipleSelect(
        id="self-care-causes-sort",
        title="Find the organizational causes of Nadia's strain",
        objectives=["organizational-vs-individual"],
        prompt=(
            "Here are causes of strain for Nadia and for other workers at youth shelters like hers. "
            "Which of these are *organizational* causes, things a shelter or its funders are in a "
            "position to change? Select all that apply."
        ),
        options=[
            Option(
                text="Two jobs have been empty since the fall",
                correct=True,
                feedback=(
                    "Organizational: workload. Filling positions is the agency's job, and no "
                    "amount of self-care on Nadia's part will cover two empty jobs."
                ),
            ),
            Option(
                text="There is no time to debrief after a hard shift",
                correct=True,
                feedback=(
                    "Organizational: community. How handover and the end of a shift are set up is "
                    "in the agency's hands, and a short check-in can be built into the day."
                ),
            ),
            Option(
                text="Extra shifts always go to whoever says yes first, so the same few workers cover most of them",
                correct=True,
                feedback=(
                    "Organizational: fairness and workload. A fair way to share extra shifts is a "
                    "scheduling decision, not something each worker should have to solve alone."
                ),
            ),
            Option(
                text="A rule says youth must leave at 8 a.m., even in a storm, and this clashes with what a worker believes is right",
                correct=True,
                feedback=(
                    "Organizational: values. When agency rules clash with a worker's values, the "
                    "strain comes from the fit between the person and the job, and the agency can "
                    "review the rule."
                ),
            ),
            Option(
                text="Nadia finds it very hard to say no when she is asked to cover a shift",
                feedback=(
                    "This one is individual. It is still worth working on, and a supervisor can "
                    "help, but it is about Nadia's habits, not how the shelter is run. Notice how "
                    "it interacts with the unfair way extra shifts are shared."
                ),
            ),
            Option(
                text="Nadia has stopped going to her Tuesday soccer game",
                feedback=(
                    "Individual. Losing a source of support outside work is both a warning sign "
                    "and a cause of further strain, and it is within Nadia's reach to change."
                ),
            ),
            Option(
                text="Some stories hit close to home because of Nadia's own teenage years",
                feedback=(
                    "Individual. A helper's own history is part of the picture, and it is not a "
                    "fault. Knowing it helps Nadia plan for the stories that land hardest."
                ),
            ),
        ],
    ),
    SingleChoice(
        id="self-care-raise-workload",
        title="Sam raises his workload, and nothing changes",
        objectives=["warning-signs", "organizational-vs-individual"],
        prompt=(
            "Sam works at a group home that has been two staff short since the summer. During a busy "
            "handover, he tells his supervisor in the hallway, \"I'm exhausted. Something has to "
            'change." She says, "I hear you. It\'s hard for everyone." Nothing changes. What should '
            "Sam do differently next time?"
        ),
        options=[
            Option(
                text="Ask for a private time, and bring specific facts about his shifts and his signs",
                correct=True,
                feedback=(
                    'Yes. "Six extra shifts and no breaks this month, and I dread coming in" gives a '
                    'supervisor something to act on; "I\'m exhausted" in a hallway does not. Much of '
                    "the cause sits with the agency, and facts in a planned talk give it a chance to "
                    "act on its share, while Sam looks after his."
                ),
            ),
            Option(
                text="Say it again at the next handover, more firmly, with the rest of the team there",
                feedback=(
                    "Not quite. Saying it louder in the same rushed place gives the supervisor no "
                    "more to act on. A private time and specific facts do: how many extra shifts, "
                    "which breaks were missed, what he has noticed in himself."
                ),
            ),
            Option(
                text="Cut back on his own extra shifts and start a sleep routine, and let the staffing go",
                feedback=(
                    "Not on its own. His own limits and sleep matter, and they are his share. But "
                    "two empty jobs are the agency's to fill, and no routine of Sam's will fill them. "
                    "If the cause is organizational, it has to be raised where it can be fixed."
                ),
            ),
            Option(
                text="Write to his supervisor's manager instead, with the same message about being exhausted",
                feedback=(
                    "Not yet. Going over his supervisor's head skips the person whose job it is to "
                    "hear this, and the message is still too general to act on. Supervision is the "
                    "first place to raise it, with specific facts."
                ),
            ),
        ],
    ),
    SelfCheck(
        id="self-care-strain-check",
        title="Rate your signs of strain over the past month",
        attention="high",
        objectives=["warning-signs"],
        prompt=(
            "Think about the past month of your work, placement, volunteering or studies. Rate "
            "how often each statement was true for you. This self-check is for reflection, not a "
            "diagnostic tool. Its statements were written for this book, and it cannot tell you "
            "whether you have burnout or any other condition. It only points you to people who "
            "can help you think it through. If you are thinking about suicide, do not wait for a "
            "score: in Canada, call or text 9-8-8 now."
        ),
        scale=["Never", "Rarely", "Sometimes", "Often"],
        items=[
            SelfCheckItem(
                text="By the end of the day, I had no energy left for things I usually enjoy.",
                page="book/foundations/07-self-care/naming-the-strain",
            ),
            SelfCheckItem(
                text="I felt a sense of dread before a shift, class or placement day.",
                page="book/foundations/07-self-care/warning-signs",
            ),
            SelfCheckItem(
                text="I caught myself feeling cold or impatient toward the people I was there to help.",
                page="book/foundations/07-self-care/naming-the-strain",
            ),
            SelfCheckItem(
                text="Something I heard or saw at work kept replaying in my mind when I wanted to rest.",
                page="book/foundations/07-self-care/naming-the-strain",
            ),
            SelfCheckItem(
                text="My sleep was disturbed by things that happened at work.",
                page="book/foundations/07-self-care/naming-the-strain",
            ),
            SelfCheckItem(
                text="I wondered whether my work was doing any good.",
                page="book/foundations/07-self-care/naming-the-strain",
            ),
            SelfCheckItem(
                text="I read work messages or went over work problems on my days off when I did not want to.",
                page="book/foundations/07-self-care/wellness-plan",
            ),
            SelfCheckItem(
                text="I pulled back from people or activities that usually help me feel like myself.",
                page="book/foundations/07-self-care/wellness-plan",
            ),
            SelfCheckItem(
                text="I had moments at work that reminded me why I chose this field.",
                reverse=True,
                page="book/foundations/07-self-care/wellness-plan",
            ),
            SelfCheckItem(
                text="I had someone I could talk to about the hard parts of my work.",
                reverse=True,
                page="book/foundations/07-self-care/warning-signs",
            ),
        ],
        bands=[
            Band(
                min=0,
                max=9,
                label="Mostly steady",
                meaning=(
                    "Your answers suggest you are mostly holding steady right now. This is not a "
                    "diagnosis, and a low total can hide one hard area: if you rated any statement "
                    '"Often" (or "Never" for statements 9 and 10), bring it to your supervisor '
                    "or someone you trust. Keep doing what keeps you well, and write it into your "
                    "plan so it is there when things get harder."
                ),
            ),
            Band(
                min=10,
                max=18,
                label="Some strain showing",
                meaning=(
                    "Your answers suggest some strain is showing. This is not a diagnosis, and it "
                    "is common in this work. It is a good time to act while small changes still "
                    "help. Talk with your supervisor about what you have noticed. Look into your "
                    "employee assistance program or, if you are a student, your college's "
                    "counselling service. Use the wellness plan on the next page of this chapter. If the signs last or "
                    "get worse, see a health professional."
                ),
            ),
            Band(
                min=19,
                max=30,
                label="A lot of strain",
                meaning=(
                    "Your answers suggest you are carrying a lot right now. This is not a "
                    "diagnosis, but please do not carry it alone. Talk with your supervisor soon, "
                    "and contact your employee assistance program, your college's counselling "
                    "service or a health professional such as your family doctor. If you are "
                    "thinking about suicide or feel unsafe, reach out now: in Canada, call or text "
                    "9-8-8, or call your local emergency number if you are in danger."
                ),
            ),
        ],
    ),
    MultipleSelect(
        id="self-care-early-signs",
        title="Spot early warning signs of strain",
        objectives=["warning-signs"],
        prompt=(
            "Which of these could be early warning signs of strain, worth noticing and acting "
            "on? Select all that apply."
        ),
        options=[
            Option(
                text="For the past three weeks, you have felt dread the night before every shift",
                correct=True,
                feedback=(
                    "Yes. Dread that lasts for weeks is a change from your usual self and a "
                    "common early sign of burnout. It is a good moment to talk with your "
                    "supervisor."
                ),
            ),
            Option(
                text="You keep snapping at co-workers over small things, and it is not like you",
                correct=True,
                feedback=(
                    "Yes. Irritability that keeps happening, and that feels out of character, is "
                    "often one of the first signs other people notice."
                ),
            ),
            Option(
                text="You have stopped going to the activities that used to recharge you",
                correct=True,
                feedback=(
                    "Yes. Dropping the things that refill you is both a sign of strain and a way "
                    "strain grows, because you lose a source of energy just when you need it."
                ),
            ),
            Option(
                text='You catch yourself thinking of a person you support as "a problem" rather than a person',
                correct=True,
                feedback=(
                    "Yes. Growing distant or cold toward the people you serve is one of the three "
                    "parts of burnout that Maslach and Jackson described."
                ),
            ),
            Option(
                text="You are drinking more than usual to unwind after shifts",
                correct=True,
                feedback=(
                    "Yes. Leaning more on alcohol or other substances to switch off is a sign "
                    "that your usual ways of coping are stretched. Notice it without shame, and "
                    "talk to someone you trust or a health professional."
                ),
            ),
            Option(
                text="You feel sad for some days after a person you supported dies, and talk it through with your team",
                feedback=(
                    "Not on its own. Grief after a loss is a normal, human part of caring work, and "
                    "talking it through is exactly what helps. It would become a warning sign if it "
                    "did not ease over time or started to change how you work."
                ),
            ),
            Option(
                text="You feel nervous before your first shift at a new placement, and it eases that week",
                feedback=(
                    "Not a warning sign. Nerves in a new place are normal, and these passed. A "
                    "reaction becomes a warning sign when it does not pass, when it piles up or when "
                    "it changes how you treat people."
                ),
            ),
            Option(
                text="You say no to an extra shift to keep plans with a friend, and feel a bit guilty",
                feedback=(
                    "Not a warning sign. This is a limit from a wellness plan at work: keeping a life "
                    "outside work is one of the things that protects you. A little guilt is common "
                    "when you start to say no, and it usually fades."
                ),
            ),
            Option(
                text="You feel tired after a double shift, and fine again after two good nights of sleep",
                feedback=(
                    "Not a warning sign. Tiredness that passes with rest is normal. Strain is "
                    "more likely when tiredness stays even after time off."
                ),
            ),
        ],
    ),
    Scenario(
        id="self-care-extra-shift",
        title="Another extra shift at the group home",
        objectives=["organizational-vs-individual", "warning-signs", "wellness-plan"],
        prompt=(
            "You work at a group home for teenagers in care. It has been a hard month. Make each choice as you would "
            "on the job, and see where it leads."
        ),
        start="ask",
        steps=[
            Step(
                id="ask",
                text=(
                    "It is Thursday, near the end of your shift. You have already covered four "
                    "extra shifts this month. A week ago, a youth told you about being hurt by "
                    "her stepfather. You told your supervisor right away, as the home's policy "
                    "requires, but you have slept badly ever since. You dread each shift, you "
                    "snapped at a co-worker yesterday, and you have not been to your running "
                    "group in a month. Your supervisor, Paulette, asks if you "
                    "can cover Saturday's overnight shift. You had planned to go to a friend's "
                    "birthday dinner. What do you do?"
                ),
                choices=[
                    Choice(
                        text="Say yes to Saturday, and tell Paulette you can manage one more",
                        next="overnight",
                        consequence=(
                            'Paulette looks relieved. You text your friend that you cannot make it. She replies, "Again?"'
                        ),
                    ),
                    Choice(
                        text="Say no to Saturday, and keep the rest of the month to yourself",
                        next="gone",
                        consequence=(
                            "Paulette finds someone else for Saturday. You go to the dinner, but you "
                            "dread Monday. On Sunday night you find yourself reading job ads in other fields."
                        ),
                    ),
                    Choice(
                        text="Say you can't do Saturday, and ask Paulette for time to talk",
                        next="talk",
                        consequence=(
                            'Paulette nods. "Let\'s sit down Monday morning before the team meeting." '
                            "You go to the birthday dinner and laugh for the first time in a while."
                        ),
                    ),
                ],
            ),
            Step(
                id="overnight",
                text=(
                    "At 3 a.m. on Saturday, a youth asks you for a snack for the third time. You "
                    'hear yourself snap, "Just go to bed." He looks at you, surprised, and walks '
                    "away. You feel awful. What now?"
                ),
                choices=[
                    Choice(
                        text="Push through the rest of the shift, and plan to rest next month when things calm down",
                        next="running-on-empty",
                        consequence=(
                            "You finish the shift on coffee. On Monday, Paulette asks if you can cover again. You say yes."
                        ),
                    ),
                    Choice(
                        text="Apologize to the youth at breakfast, and ask Paulette on Monday for time to talk",
                        next="talk",
                        consequence=(
                            'The youth shrugs and says, "It\'s OK. You looked tired." On Monday, you '
                            "tell Paulette what happened at 3 a.m., and she makes time to sit down with you."
                        ),
                    ),
                    Choice(
                        text="Apologize to the youth at breakfast, and promise Paulette you'll be more patient",
                        next="running-on-empty",
                        consequence=(
                            'The youth shrugs and says, "It\'s OK. You looked tired." Paulette says, '
                            '"We all have nights like that." On Monday, she asks if you can cover again, '
                            "and you say yes."
                        ),
                    ),
                ],
            ),
            Step(
                id="talk",
                text=(
                    'You and Paulette sit down in her office with the door closed. "So," she says, '
                    '"how are you doing, really?" What do you say?'
                ),
                choices=[
                    Choice(
                        text="Say you are fine overall and just need a couple of good nights' sleep to catch up",
                        next="running-on-empty",
                        consequence=(
                            'Paulette says, "OK. Let me know if anything changes." The meeting takes '
                            "four minutes. Nothing changes."
                        ),
                    ),
                    Choice(
                        text="Name what you have noticed: extra shifts, poor sleep, dread before shifts and snapping at people",
                        next="options",
                        consequence=(
                            "You give her the facts: four extra shifts this month, a week of poor sleep "
                            "after one youth's story, dread before each shift, and the co-worker you "
                            'snapped at. Paulette listens and takes notes. "Thank you for telling me. That '
                            'is a lot, and some of it is on us, not you."'
                        ),
                    ),
                    Choice(
                        text="Say the home is a mess and the schedule is unfair, and ask her to fix it",
                        next="talk",
                        consequence=(
                            'Paulette nods slowly. "The schedule is hard right now, and I want to hear '
                            'about it. But I asked about you. What have you noticed in yourself?"'
                        ),
                    ),
                ],
            ),
            Step(
                id="options",
                text=(
                    "Paulette asks what would help. She says she cannot make the hard stories go "
                    "away, since they are part of the work, but she can change some things. "
                    "What do you suggest?"
                ),
                choices=[
                    Choice(
                        text="Agree on a limit on extra shifts and short check-ins, and call the employee assistance program",
                        next="sustainable",
                        consequence=(
                            "You settle on no more than one extra shift every second week, and a "
                            "fifteen-minute debrief with the shift lead after hard nights. You ask Paulette to raise the empty jobs with her manager, "
                            "and you plan to call the employee assistance program yourself. Paulette writes "
                            "it down. \"I will take the staffing to my manager this week. Let's check in "
                            'again in two weeks."'
                        ),
                    ),
                    Choice(
                        text="Promise to cut back to one extra shift, and start a sleep routine and a meditation app",
                        next="app-only",
                        consequence=(
                            'Paulette nods. "Good for you. Let me know how it goes." The schedule, and '
                            "the two empty jobs, stay as they are."
                        ),
                    ),
                    Choice(
                        text="Ask Paulette to take you off overnights and hard cases until you feel like yourself again",
                        next="options",
                        consequence=(
                            "Paulette shakes her head gently. \"I can't promise that. Overnights and "
                            "hard stories are part of this job. But I can change how much you carry "
                            'and what support you get." She asks again what would help.'
                        ),
                    ),
                ],
            ),
            Step(
                id="sustainable",
                text=(
                    "Two weeks later, you have worked one extra shift, not four. Paulette's manager "
                    "has posted one of the empty jobs. The debriefs take fifteen minutes, and they "
                    "help. You have had two sessions through the employee assistance program. "
                    "You are sleeping better, and you went back to your running group."
                ),
                best=True,
                debrief=(
                    "This is the practice the chapter teaches. You noticed your warning signs and "
                    "named them with specific facts. You kept a boundary on extra shifts instead "
                    "of saying yes until you broke. And you treated the strain as having two "
                    "sides: the organizational side (staffing, fair shifts, debriefing) for Paulette "
                    "and her manager, and the individual side (limits, counselling, your running "
                    "group) for you. Nothing is perfect, but you can keep this up."
                ),
            ),
            Step(
                id="running-on-empty",
                text=(
                    "By spring, you dread every shift. You call in sick twice in one week. A youth "
                    'you have known for months tells you that you "seem different now." You start '
                    "to wonder if you were ever cut out for this work."
                ),
                debrief=(
                    'Pushing through and saying "fine" felt like the strong choice, but it let the '
                    "strain grow until it changed how you treat people. The signs were there early: "
                    "poor sleep, dread, snapping at people. Naming them to your supervisor with "
                    "specific facts is not weakness. It gives the agency a chance to act on its "
                    "share of the problem, and it gives you a chance to act on yours. Go back and "
                    "try again."
                ),
            ),
            Step(
                id="gone",
                text=(
                    "A month later, you give your notice. Paulette is surprised; she had no idea. A "
                    "new worker starts at the home. The youth who told you her story has to "
                    "start over with someone she does not know."
                ),
                debrief=(
                    "Saying no to one shift was a healthy boundary. But leaving without ever naming "
                    "the problem meant nothing at the home changed, for you or for the next "
                    "worker. This is how the revolving door from Chapter 1 keeps turning, and the "
                    "youth pay part of the price. Sometimes leaving a job is the right choice. It "
                    "is a better choice when you have first asked for what you need."
                ),
            ),
            Step(
                id="app-only",
                text=(
                    "The app helps you fall asleep some nights. But the home is still two staff "
                    "short, and extra shifts still land on whoever says yes. Twice more this month, "
                    "no one else can take one, and you cover it."
                ),
                debrief=(
                    "Individual self-care helps, and a sleep routine or a meditation app may be part "
                    "of your plan. But neither can fill an empty job or share extra shifts fairly. "
                    "By offering only what you would change, you left the organizational side off "
                    "the table, and the cause stayed in place. Sustainable practice needs both sides: what you can do, "
                    "and what your agency must do."
                ),
            ),
        ],
    ),
    Reflection(
        id="self-care-plan",
        title="Write your wellness and boundaries plan",
        objectives=["wellness-plan", "warning-signs"],
        prompt=(
            "Write your own wellness and boundaries plan. Use the parts on this page as headings, "
            "and keep it short enough to fit on one page. Include: what keeps you well; two or "
            "three limits you will keep at work; one habit for leaving work at work; what you will "
            "do after a hard shift; your early-warning signs at the green, yellow and red levels, "
            "with what you will do at each; the people and services you will turn to, with how to "
            "reach them; one thing you will ask of your workplace; and how you will notice what is "
            "going well. You can start from your lists in the first exercise of this chapter. Your "
            "plan stays in your own browser. Consider copying it somewhere you will see it, and "
            "look at it again in a month."
        ),
        checklist=[
            'Did I write specific actions ("walk for 20 minutes after evening shifts"), not general wishes ("take care of myself")?',
            "Did I set at least two limits at work, and think of the words I will use to keep them?",
            "Did I name my own early-warning signs and what I will do at yellow and at red?",
            "Did I list real people and services, including a supervisor, a counselling option and 9-8-8 for a crisis?",
            "Did I include something I will ask of my workplace, not only things I will do myself?",
            "Did I keep the people I support private, with no names or identifying details?",
        ],
        min_words=120,
    ),
]
