"""The readiness check: two or three questions per foundation chapter, tied to its objectives.

The cases here are written for the check and appear in no chapter or card, so a retake asks
for what a learner can do with an idea, not whether they remember a page.
"""

from textbook.kit import Option, Probe

READINESS = [
    Probe(
        id="ready-orientation-1",
        chapter="orientation",
        objectives=["roles-and-settings"],
        prompt=(
            "You are an education assistant in a Grade 7 class. For two weeks, Theo, a student "
            "you support, has squinted at the board and copied his notes with many mistakes. "
            "What fits your role?"
        ),
        options=[
            Option(
                text="Tell the teacher what you have seen, with examples of when it happens",
                correct=True,
                feedback=(
                    "Yes. Chapter 1 explains that an education assistant works under the direction "
                    "of the teacher: you notice, report and help the student reach the right help. "
                    "The teacher and the school team decide what happens next, such as a talk with "
                    "his family."
                ),
            ),
            Option(
                text="Tell your supervisor that Theo likely needs glasses, and ask her to call his parents",
                feedback=(
                    "Your concern is well placed, but a guess about his eyes is outside your scope, "
                    "and in the classroom the teacher directs your work. Chapter 1 explains scope of practice: what "
                    "your role allows, and what you pass on."
                ),
            ),
            Option(
                text="Move Theo to the front row, and drop board copying from his learning goals",
                feedback=(
                    "Helping in the moment can be part of your job, but his learning plan is "
                    "decided by the teacher and the school team. Chapter 1 explains where an "
                    "education assistant's role ends."
                ),
            ),
            Option(
                text="Keep watching Theo for another month before you say anything",
                feedback=(
                    "Being sure is not your job, and a month is a long time for a student who "
                    "cannot see the board. Chapter 1 explains that you report what you notice, and "
                    "the team works out what it means."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-orientation-2",
        chapter="orientation",
        objectives=["worker-in-system"],
        prompt=(
            "Anton, 38, lives in a group home and wants to join a Thursday evening bowling "
            "league. On weekday evenings, the home's funding pays for one worker, who cannot "
            'leave the house. A co-worker says, "That is the funding. There is no point asking." '
            "What do you do?"
        ),
        options=[
            Option(
                text="Offer to take Anton bowling yourself on your Thursday evenings off",
                feedback=(
                    "It is kind, and it solves tonight, but it mixes your private life with your "
                    "role and leaves the team in the dark. Chapter 1 explains how to take a problem "
                    "to the layer that can act on it, and Chapter 6 looks at roles that blur."
                ),
            ),
            Option(
                text="Write to the provincial ministry this week to ask for more evening staff at the home",
                feedback=(
                    "Funding rules can need advocacy, but that is a long road, best walked with "
                    "others. Chapter 1 explains where each kind of problem goes first: a question "
                    "about a plan goes to the team, and a rule or a shortfall goes to your "
                    "supervisor."
                ),
            ),
            Option(
                text="Agree with your co-worker, and help Anton find a daytime activity that he might like instead",
                feedback=(
                    "Funding does shape your work, but it does not end the question. Chapter 1 "
                    "explains how the layers around you work, and how the community, not only "
                    "the agency, can offer a way to the bowling alley."
                ),
            ),
            Option(
                text="Raise it with your supervisor, and ask the team how else Anton could get there",
                correct=True,
                feedback=(
                    "Yes. Chapter 1 shows the worker inside a team, an agency, a community and a "
                    "system. A shortfall goes to your supervisor, and the team may find an answer "
                    "in the community, such as a ride from a league member or a friend."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-orientation-3",
        chapter="orientation",
        objectives=["revolving-door"],
        prompt=(
            "Lucía, 35, has lived in supportive housing for four years and has had nine workers. "
            'When you introduce yourself, she says, "Read my file. I am not telling it all '
            'again." Which reading of her words is best?'
        ),
        options=[
            Option(
                text="She would rather be known through her file than in conversation",
                feedback=(
                    "Her file can spare her some retelling, but her words are about the cost of "
                    "starting over, not a wish to be known on paper. Chapter 1 explains what "
                    "turnover costs the people supported."
                ),
            ),
            Option(
                text="She is testing you, and a firm, cheerful manner will win her over in time",
                feedback=(
                    "Her words make sense after nine workers; they are not a test. Chapter 1 "
                    "explains what turnover costs the people supported, and why some stop investing "
                    "in new workers."
                ),
            ),
            Option(
                text="After nine workers, starting over again costs her more than it gives",
                correct=True,
                feedback=(
                    "Yes. Chapter 1 explains the revolving door: the worker who leaves can find "
                    "another job, but the person stays and pays the price, with trust rebuilt and "
                    "stories retold again and again."
                ),
            ),
            Option(
                text="She is tired today; try again next week with the same introduction",
                feedback=(
                    "Maybe she is tired, but nine workers in four years is a pattern, not a bad day. "
                    "Chapter 1 explains why the people supported pay the highest price of "
                    "turnover: lost trust, retold stories, lost knowledge and, sometimes, fewer "
                    "choices."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-history-1",
        chapter="history",
        objectives=["institutions-and-harm", "history-in-practice"],
        prompt=(
            "Ernest, 71, lived in a large provincial institution from the age of seven until he "
            "was 30. He has had his own apartment for three years, and he keeps a packed bag by "
            'the door. One evening he asks you, "Who decides if I get to stay here?" What do you '
            "answer?"
        ),
        options=[
            Option(
                text='"You do. It is your apartment, and staying is your choice."',
                correct=True,
                feedback=(
                    "Yes. In the institution, other people decided where and how residents lived, "
                    "and a packed bag made sense there. Chapter 2 explains that loss of control, "
                    "and why today's practice puts the decision back with the person, plainly and "
                    "as often as he needs to hear it."
                ),
            ),
            Option(
                text='"Don\'t worry about that. You are safe here, and we will look after you."',
                feedback=(
                    "Kind, but it dodges his question and casts staff as the ones in charge of his "
                    "life. Chapter 2 explains how control was taken from residents, and why the "
                    "answer to give back is his."
                ),
            ),
            Option(
                text='"You and your team decide that together, at your planning meetings."',
                feedback=(
                    "It sounds inclusive, but it makes his home a team decision. Chapter 2 explains "
                    '"nothing about us without us" and independent living: where he lives is his '
                    "call, with support if he wants it."
                ),
            ),
            Option(
                text='"The agency decides, but I will make sure they let you stay."',
                feedback=(
                    "A warm promise, but it confirms the fear that others decide where he lives. "
                    "Chapter 2 explains how the habits of institutions can return in small ways."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-history-2",
        chapter="history",
        objectives=["normalization-srv", "community-living"],
        prompt=(
            "Sunita, 45, has an intellectual disability and loves to grow vegetables. Her day "
            "program has a garden club in its own backyard. Which plan best reflects social role "
            "valorization and community living?"
        ),
        options=[
            Option(
                text="Keep the garden club, and have staff sell its vegetables at the program's open house",
                feedback=(
                    "The club may be fun, but it keeps Sunita in a group of clients, behind the "
                    "program's fence. Chapter 2 explains how valued roles, such as gardener or "
                    "neighbour, change how others see a person."
                ),
            ),
            Option(
                text="Rent a plot at the community garden in the program's name, and bring the club each week",
                feedback=(
                    "Going out is good, but a program plot worked by a group is seen as a program, "
                    "and Sunita as one of its clients, not as a gardener. Chapter 2 explains how social image shapes the way others treat a "
                    "person."
                ),
            ),
            Option(
                text="Plant a garden at her group home, where she can work in it whenever she likes",
                feedback=(
                    "More choice about when is a step forward, but the garden still keeps her apart "
                    "from her community. Chapter 2 explains why community living is about how your "
                    "days go, not just where you live."
                ),
            ),
            Option(
                text="Help her rent a plot at her neighbourhood community garden and meet the other gardeners",
                correct=True,
                feedback=(
                    "Yes. Chapter 2 explains social role valorization: supporting roles the "
                    "community values, such as gardener and neighbour. Community living means "
                    "taking part in ordinary community life."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-history-3",
        chapter="history",
        objectives=["rights-movements"],
        prompt=(
            "Marguerite, 58, has multiple sclerosis and uses a power wheelchair. Reaching the "
            "shelves at the grocery store wears her out for the rest of the day. She would rather "
            "tell her worker which brands to pick and save her energy for her job. A new worker "
            'says she should reach for things herself, "to stay independent." What does the '
            "independent living movement say?"
        ),
        options=[
            Option(
                text="Independence means doing as much as she can herself, with as little help as possible",
                feedback=(
                    "That is a common view, but not the movement's. Chapter 2 explains that, for "
                    "the independent living movement, independence means being in charge of your "
                    "own life and support."
                ),
            ),
            Option(
                text="Being independent means she directs her support, even when others do the tasks",
                correct=True,
                feedback=(
                    "Yes. Chapter 2 explains that the independent living movement, led by disabled "
                    "people, put the person in charge. Independent does not mean doing everything "
                    "alone; the worker's skill is to follow her direction well."
                ),
            ),
            Option(
                text="Her team should decide how much help is right, using her health records",
                feedback=(
                    "Deciding for her is the pattern the movement pushed against. Chapter 2 "
                    'explains "nothing about us without us" and the right to control the services '
                    "you use."
                ),
            ),
            Option(
                text="She reaches the low shelves herself, and the worker does the high ones",
                feedback=(
                    "A fair-sounding split, but it is still someone else deciding how much she must "
                    "do. Chapter 2 explains that, for the independent living movement, Marguerite "
                    "is in charge of how her energy is spent."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-models-1",
        chapter="models",
        objectives=["medical-vs-social"],
        prompt=(
            "Luc, 40, is blind. He has stopped going to his tenants' association meetings. The "
            "agenda is handed out on paper, and the meeting room changes every month. Which "
            "response best fits the social model of disability?"
        ),
        options=[
            Option(
                text="Write in his notes that his vision loss now keeps him from taking part",
                feedback=(
                    "This note puts the problem in Luc's eyes. Chapter 3 explains how the social "
                    "model looks first for barriers, and how that changes what you write."
                ),
            ),
            Option(
                text="Suggest a braille course for Luc, and a sighted guide to find the room",
                feedback=(
                    "Well meant, but it asks Luc to adapt to paper agendas and a moving room. "
                    "Chapter 3 compares the medical and social models, and explains why the social "
                    "model looks first at the barriers."
                ),
            ),
            Option(
                text="Go to each meeting with him from now on, and read the papers aloud to him",
                feedback=(
                    "Kindly meant, but it makes Luc depend on you and leaves the barrier in place. "
                    "Chapter 3 explains how the social model asks what is in a person's way, and "
                    "starts by asking the person."
                ),
            ),
            Option(
                text="Ask Luc what is in his way, and ask the association for accessible agendas",
                correct=True,
                feedback=(
                    "Yes. Chapter 3 explains how the social model places disability in barriers, "
                    "such as paper-only agendas and a moving room, and asks you to remove the ones "
                    "you can, with the person."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-models-2",
        chapter="models",
        objectives=["trauma-informed"],
        prompt=(
            "Rhea, 33, lives in supportive housing. On Thursday, a maintenance worker must enter "
            "each unit to test the smoke alarms. Rhea has told staff that she does not like men "
            "she does not know in her home. What fits trauma-informed practice?"
        ),
        options=[
            Option(
                text="Tell her early, explain why, and ask what would help her feel safe",
                correct=True,
                feedback=(
                    "Yes. Chapter 3 explains the principles of trauma-informed practice, such as "
                    "safety, transparency and choice. Explaining a change early matters, since "
                    "surprises can feel like danger."
                ),
            ),
            Option(
                text="Arrange for the visit while she is out at her Thursday group",
                feedback=(
                    "Planning around her, instead of with her, takes away her voice, and a stranger "
                    "in her home while she is away can feel like a violation. Chapter 3 explains why you explain changes early "
                    "and offer choices."
                ),
            ),
            Option(
                text="Ask her what happened with men in the past, and plan the visit around it",
                feedback=(
                    "No one should have to tell their story to get good support, and asking can "
                    "cause new harm. Chapter 3 explains how to work well without knowing a person's "
                    "history."
                ),
            ),
            Option(
                text="Have a staff member she knows go in with the worker, and tell her that morning",
                feedback=(
                    "A familiar face may help, but news on the morning itself leaves her no time "
                    "and no say. Chapter 3 explains why you explain changes early and ask what "
                    "would help."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-models-3",
        chapter="models",
        objectives=["survey-models"],
        prompt=(
            "Mika, 16, comes to the youth drop-in where you work. Since his family moved across "
            "the city in the fall, he has been late for school most mornings, and the school "
            'calls him "unmotivated." Which response reflects an ecological systems view?'
        ),
        options=[
            Option(
                text="Set up a small reward with Mika for each week that he gets to school on time",
                feedback=(
                    "Rewards look only at Mika, when the cause may sit in another layer. Chapter 3 "
                    "explains how an ecological systems view looks for problems and answers around "
                    "the person."
                ),
            ),
            Option(
                text="Ask the school to refer him for an assessment of attention problems",
                feedback=(
                    "An assessment looks for the problem inside Mika, and nothing here points "
                    "there. Chapter 3 explains several models, and how an ecological view looks "
                    "beyond the person."
                ),
            ),
            Option(
                text="With Mika, look at what changed in his mornings since the move: bus, home and school",
                correct=True,
                feedback=(
                    "Yes. Chapter 3 explains an ecological systems view: problems and answers can "
                    "sit in any layer, such as a new bus route, a change at home or a school rule, "
                    "and the layers affect one another."
                ),
            ),
            Option(
                text="Call his parents to tell them he needs an earlier bedtime on school nights",
                feedback=(
                    "Home is one layer, but this skips Mika's own view and guesses at the cause. "
                    "Chapter 3 explains how to look across the layers with the person."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-knowing-yourself-1",
        chapter="knowing-yourself",
        objectives=["bias"],
        prompt=(
            "Kirsten, 29, a tenant, comes to the office with her toddler for the third time this "
            "week to ask for bus tickets. She has a new phone. A co-worker says, \"She's working "
            'the system." What is the best next step?'
        ),
        options=[
            Option(
                text="Note in her file that she may be taking advantage of the ticket program",
                feedback=(
                    "That is a conclusion, not something you saw, and it may follow her for years. "
                    "Chapter 4 explains how bias can slip into the words you write."
                ),
            ),
            Option(
                text="Give her the tickets, and gently suggest a budget to make them last longer",
                feedback=(
                    "The advice assumes she spends badly, on the strength of a phone. Chapter 4 "
                    "explains how to check an assumption before it turns into a judgment."
                ),
            ),
            Option(
                text="Ask yourself whether you would see it this way for another tenant, and ask her",
                correct=True,
                feedback=(
                    'Yes. Chapter 4 explains habits that check bias: "flip it" by imagining a '
                    "different person, and ask the person what is going on before you decide."
                ),
            ),
            Option(
                text="Give her the tickets, and let your co-worker's remark pass",
                feedback=(
                    "Kirsten gets her tickets, but nobody checks the assumption or asks her what is "
                    "going on. Chapter 4 explains how to notice bias, in yourself and around you, "
                    "and check it."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-knowing-yourself-2",
        chapter="knowing-yourself",
        objectives=["personal-vs-professional"],
        prompt=(
            "You have eaten no meat for years, for reasons you care about deeply. Ilse, 66, whom "
            "you support at home, asks you to help her cook a pork roast for her sister's visit. "
            "Cooking with her is part of her plan. What do you do?"
        ),
        options=[
            Option(
                text="Tell her you cannot help with meat, and ask your supervisor to send someone else",
                feedback=(
                    "Refusing in the moment leaves Ilse waiting for help she needs today. Chapter 4 "
                    "explains why the person should not pay the price for your discomfort, and how "
                    "to raise a strong conflict early with your supervisor."
                ),
            ),
            Option(
                text="Help her with the roast, and talk about the clash with your supervisor later",
                correct=True,
                feedback=(
                    "Yes. Chapter 4 explains how to notice and name a value conflict, separate your "
                    "choice from hers, act within your role and reflect on it in supervision."
                ),
            ),
            Option(
                text="Help her, and mention that a vegetable dish might be healthier and kinder",
                feedback=(
                    "A small nudge still puts your values at the centre of her visit. Chapter 4 "
                    "explains the difference between personal and professional values."
                ),
            ),
            Option(
                text="Swap that visit with a co-worker, and tell Ilse your schedule changed",
                feedback=(
                    "Other support for a task may be possible, but it is arranged openly with your "
                    "supervisor, not in secret. Chapter 4 explains what to do when your values and "
                    "your role pull apart."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-knowing-yourself-3",
        chapter="knowing-yourself",
        objectives=["cultural-humility"],
        prompt=(
            "Obinna, 52, came to Canada last year and is often 30 minutes late for his "
            'appointments at your employment program. A co-worker says, "People from his culture '
            "don't care about the clock.\" What is the best way to begin?"
        ),
        options=[
            Option(
                text="Read up on how people in his home country think about time",
                feedback=(
                    "Learning on your own time can help, but a list of facts easily turns into a "
                    "stereotype, and it does not tell you about Obinna. Chapter 4 explains cultural "
                    "humility."
                ),
            ),
            Option(
                text="Ask Obinna what makes the times hard, and whether another time would work better",
                correct=True,
                feedback=(
                    "Yes. Chapter 4 explains cultural humility: ask rather than assume, and notice "
                    "that your agency's fixed appointment times are part of a culture too. The "
                    "answer may be a bus, a second job or a child's school run."
                ),
            ),
            Option(
                text="Explain the program's rules on lateness to him, the same way as for other clients",
                feedback=(
                    "Fair rules matter, but treating the rules as neutral skips the question of what "
                    "gets in his way. Chapter 4 explains how an agency's own ways of working are "
                    "part of a culture."
                ),
            ),
            Option(
                text="Accept the lateness as part of his culture, and stop booking set times for him",
                feedback=(
                    "This accepts your co-worker's assumption, just more kindly. Chapter 4 explains "
                    "why no person is the average of their group, and why you ask the person."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-ethics-1",
        chapter="ethics",
        objectives=["dignity-of-risk", "dignity-self-determination"],
        prompt=(
            "Odette, 41, has an intellectual disability and makes her own decisions. For years, "
            "staff have kept her bank card in the office and paid her bills with her. She tells you "
            "she wants to keep the card and pay her bills online, like her sister does. You worry "
            "about scams and overspending. What do you do?"
        ),
        options=[
            Option(
                text="Keep the card in the office for now, and go on paying the bills with her",
                feedback=(
                    "This overrides her choice for her own good: paternalism. Chapter 5 explains "
                    "why that wears away dignity and trust, even when it comes from care."
                ),
            ),
            Option(
                text="Help her set it up, and work out with her how she will spot a scam",
                correct=True,
                feedback=(
                    "Yes. Chapter 5 explains the dignity of risk: you support a person to do what "
                    "she chose, and help her make it safer in the ways she wants. Check her plan "
                    "and your agency's policy on money, and talk it over with your supervisor."
                ),
            ),
            Option(
                text="Ask your supervisor to decide whether Odette is ready to manage her card",
                feedback=(
                    "Your supervisor can help you think it through, but Odette makes her own "
                    "decisions, and this one is hers. Chapter 5 explains self-determination and "
                    "the dignity of risk."
                ),
            ),
            Option(
                text="Tell her it is her money, and leave the setup to her and the bank",
                feedback=(
                    "Respecting her choice does not mean leaving her alone with it. Chapter 5 "
                    "explains how the dignity of risk goes together with your duty of care."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-ethics-2",
        chapter="ethics",
        objectives=["confidentiality-limits"],
        prompt=(
            "On a home visit, Greta, 30, whom you support, tells you that her neighbour's "
            "children, aged 5 and 7, are often left alone overnight. She asks you to keep it "
            "between the two of you. What do you do?"
        ),
        options=[
            Option(
                text="Tell Greta you must pass it on, and report it today as your agency's steps require",
                correct=True,
                feedback=(
                    "Yes. Chapter 5 explains the duty to report, which overrides confidentiality. "
                    "Tell your supervisor and follow your agency's steps, but telling your "
                    "supervisor may not meet your own duty: depending on your province or "
                    "territory, you may have to make the report yourself."
                ),
            ),
            Option(
                text="Go next door yourself to see whether the children are left alone before you decide",
                feedback=(
                    "Finding out is not your job; child protection workers do that. Chapter 5 "
                    "explains that you report what you heard, promptly, without investigating."
                ),
            ),
            Option(
                text="Keep her confidence: the children are not people you support, and it is her news",
                feedback=(
                    "A duty to report a child who may need protection applies even when the child "
                    "is not the person you support. Chapter 5 explains this limit of "
                    "confidentiality."
                ),
            ),
            Option(
                text="Write it in your notes, and raise it with your supervisor at next week's meeting",
                feedback=(
                    "Writing it down and telling your supervisor are right, but a week of waiting "
                    "can leave two young children at risk. Chapter 5 explains what to do, "
                    "and how fast, when you learn that a child may need protection."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-ethics-3",
        chapter="ethics",
        objectives=["decision-process", "codes-of-ethics"],
        prompt=(
            "Ambrose, 60, makes his own decisions. He tells Noor, his worker, that he plans to lend "
            "most of his savings to a nephew he got back in touch with last year. No one is in "
            "danger, but Noor feels uneasy and pulled two ways. What is her best next step?"
        ),
        options=[
            Option(
                text="Apply her code's value of self-determination, and leave the loan to Ambrose without comment",
                feedback=(
                    "Self-determination is one value in her code, but not the only one at stake, "
                    "and a code does not weigh values for you or settle a case. Chapter 5 explains "
                    "what codes offer and where they stop."
                ),
            ),
            Option(
                text="Ask Ambrose about his plan, and name the values that pull her two ways",
                correct=True,
                feedback=(
                    "Yes. Chapter 5 gives you a step-by-step process: after you notice the issue, "
                    "gather the facts, starting with the person, name the values at stake, such as "
                    "self-determination and his well-being, and consult your policy, your code "
                    "and your supervisor."
                ),
            ),
            Option(
                text="Call the nephew to find out what he plans to do with the money",
                feedback=(
                    "Facts matter, but calling the nephew shares Ambrose's private business without "
                    "his consent. Chapter 5 explains where to gather facts, and confidentiality."
                ),
            ),
            Option(
                text="Think about what she would do with her own savings, and guide him that way",
                feedback=(
                    "What you would choose for yourself is not the point. Chapter 5 explains why "
                    "mixing up your values with the person's is a common trap."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-boundaries-1",
        chapter="boundaries",
        objectives=["crossing-vs-violation"],
        prompt="Which of these is a boundary *violation*, not just a crossing?",
        options=[
            Option(
                text="Telling a tenant that you also grew up in the north, then turning back to her",
                feedback=(
                    "A brief share that serves the person is a crossing, and it can help. Chapter 6 "
                    "explains self-disclosure, and how a crossing differs from a violation."
                ),
            ),
            Option(
                text="Accepting a slice of cake when a family offers it on a home visit",
                feedback=(
                    "In many families, offering food or drink is a way to show respect, and a flat "
                    "refusal can hurt. Chapter 6 explains why boundaries that are too rigid can "
                    "also harm."
                ),
            ),
            Option(
                text="Buying a bike from a man you support, at the low price he offers you",
                correct=True,
                feedback=(
                    "Yes. The deal serves you at his expense, which makes it a violation, whatever "
                    "his intent. Chapter 6 explains the difference between crossings and violations, "
                    "and the areas, such as money, where they come up."
                ),
            ),
            Option(
                text="Staying ten minutes past a visit while a woman finishes a hard phone call",
                feedback=(
                    "Once, with a reason, this is a crossing that may be the right call. Chapter 6 "
                    "explains how to tell when crossings start to repeat and drift."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-boundaries-2",
        chapter="boundaries",
        objectives=["dual-relationships"],
        prompt=(
            "You have just moved to a small town and joined its one church. On your second "
            "Sunday, Beatrix, 61, whom you support at home twice a week, is greeting people at "
            "the door. She waves you over to sit with her. What fits best?"
        ),
        options=[
            Option(
                text="Start going to a church in the next town from now on",
                feedback=(
                    "In a small town, some overlaps cannot be avoided, and trying would cut you off "
                    "from your own community. Chapter 6 explains how to manage them instead."
                ),
            ),
            Option(
                text="Ask your agency to move Beatrix to another worker before next Sunday",
                feedback=(
                    "In a small place, a transfer may leave her with less support, and she should "
                    "have a say. Chapter 6 explains when to think about a transfer, and how."
                ),
            ),
            Option(
                text="Greet her warmly, and at your next visit ask her how she wants to handle church",
                correct=True,
                feedback=(
                    "Yes. Chapter 6 explains how to manage a dual relationship you cannot avoid: "
                    "name it early, talk with the person, protect privacy and make a plan. Tell "
                    "your supervisor too, so the plan is on record."
                ),
            ),
            Option(
                text="Sit with her, and chat after the service about how her week at home has gone",
                feedback=(
                    "Talking about her support in public puts her privacy at risk. Chapter 6 "
                    "explains why you keep work at work and save it for your next visit."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-boundaries-3",
        chapter="boundaries",
        objectives=["everyday-boundaries", "using-supervision"],
        prompt=(
            "In a day program for people in recovery, Hamid, 45, asks you in front of the group, "
            '"Have you ever had a drinking problem? You can\'t get it unless you have." You had a '
            "hard year with alcohol in your twenties. You are not a peer worker. What do you do?"
        ),
        options=[
            Option(
                text="Tell the group your story in some detail, and how you got through it",
                feedback=(
                    "A detailed story shifts the focus to you, in front of the whole group. Chapter 6 "
                    "explains how to keep self-disclosure brief and about the person."
                ),
            ),
            Option(
                text="Tell Hamid that questions about staff are off limits, and move on",
                feedback=(
                    "A cold refusal can feel like rejection. Chapter 6 explains why boundaries "
                    "should be clear and warm, and how to decline kindly."
                ),
            ),
            Option(
                text="Decline kindly, and turn the talk back to what Hamid is facing",
                correct=True,
                feedback=(
                    "Yes. Chapter 6 explains how to handle self-disclosure: ask whose need it meets, "
                    "keep anything you share short, turn the focus back to the person and bring the "
                    "question to supervision. In front of a group, a warm decline keeps the focus "
                    "on Hamid."
                ),
            ),
            Option(
                text="Tell Hamid your story one-on-one after group, then let your supervisor know",
                feedback=(
                    "Telling your supervisor is good, but a private, full story still puts your "
                    "life at the centre and can change how Hamid sees you. Chapter 6 explains the "
                    "questions to ask before a crossing."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-self-care-1",
        chapter="self-care",
        objectives=["naming-the-strain"],
        prompt=(
            "Ines has worked at a housing help desk for four years. Since two co-workers left, her "
            "caseload has doubled. She feels drained even after days off, has started to call "
            'people "the two o\'clock file," and wonders whether her work changes anything. No '
            "story she heard stays with her. Which idea fits best?"
        ),
        options=[
            Option(
                text="Burnout",
                correct=True,
                feedback=(
                    "Yes. Chapter 7 explains burnout: it builds slowly from long-term stress at "
                    "work, with exhaustion, distance from people and a lost sense that your work "
                    "matters."
                ),
            ),
            Option(
                text="Secondary traumatic stress",
                feedback=(
                    "Secondary traumatic stress is a reaction to hearing about someone else's "
                    "trauma, and it often comes on quickly. Chapter 7 explains how to tell it from "
                    "strain that builds from workload."
                ),
            ),
            Option(
                text="Vicarious trauma",
                feedback=(
                    "Vicarious trauma is a slow change in your beliefs about safety and trust, built "
                    "from many stories of trauma. Chapter 7 explains how it differs from burnout."
                ),
            ),
            Option(
                text="Compassion fatigue",
                feedback=(
                    "Compassion fatigue is the cost of caring for people who suffer, and in Stamm's "
                    "model it includes secondary traumatic stress. Nothing here points to trauma. "
                    "Chapter 7 sets the five ideas side by side."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-self-care-2",
        chapter="self-care",
        objectives=["organizational-vs-individual"],
        prompt=(
            "Your agency posts the schedule two days ahead, and decisions about the people you "
            "support are made at meetings you are not invited to. After work, you care for your "
            'father. A co-worker says, "Stress is personal. You need to cope better." Which view '
            "is most accurate?"
        ),
        options=[
            Option(
                text="Your co-worker is right: better coping at home will fix most of it",
                feedback=(
                    "Coping helps, but it does not change a schedule or open a meeting. Chapter 7 "
                    "explains the causes of burnout that lie in how work is organized, such as "
                    "control."
                ),
            ),
            Option(
                text="Both matter, but coping skills come first, and the schedule is not yours to raise",
                feedback=(
                    "Both do matter, but you can raise the schedule and the meetings: they are "
                    "real causes, and naming them is part of the fix. Chapter 7 explains how both "
                    "kinds of causes add up, and who can act on each."
                ),
            ),
            Option(
                text="The agency is at fault, and you can do little until it fixes its schedule",
                feedback=(
                    "Seeing only the organization can hide what is within your reach, such as "
                    "planning for your evenings and asking for help. Chapter 7 explains what each "
                    "layer can do."
                ),
            ),
            Option(
                text="Both add to it: raise the schedule at work, and plan for your evenings",
                correct=True,
                feedback=(
                    "Yes. Chapter 7 explains how organizational causes, such as control, and "
                    "individual ones, such as stress outside work, both add to burnout, and who can "
                    "act on each. You can also raise the schedule with your supervisor."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-self-care-3",
        chapter="self-care",
        objectives=["warning-signs", "wellness-plan"],
        prompt=(
            "For three weeks, you have stopped answering your friends' texts, left your shift "
            "notes until the end of the week and stopped cooking for yourself. Which reading is "
            "best?"
        ),
        options=[
            Option(
                text="Early signs of strain, and a cue to act on your wellness plan now",
                correct=True,
                feedback=(
                    "Yes. Chapter 7 explains how to spot your own early signs, sort them like a "
                    "traffic light and write in your wellness plan what you will do at each level."
                ),
            ),
            Option(
                text="Normal tiredness for this job, which will pass once the busy season ends",
                feedback=(
                    "A change from your usual self that lasts for weeks is worth acting on, and "
                    "small steps help most when you act early. Chapter 7 explains the signs."
                ),
            ),
            Option(
                text="Private habits outside work, which do not belong in a work wellness plan",
                feedback=(
                    "Strain shows up in the rest of your life too, such as pulling back from friends "
                    "or dropping the things that keep you well. Chapter 7 explains where to look."
                ),
            ),
            Option(
                text="A sign that you are not suited to this work, and should start to look at other jobs",
                feedback=(
                    "Signs of strain are a known risk of the work, not proof that you do not belong. "
                    "Chapter 7 explains how to act on them and where to turn."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-growth-1",
        chapter="growth",
        objectives=["fixed-vs-growth"],
        prompt=(
            "Bernadette, 70, lives with early dementia. She wants to knit a scarf for her "
            "grandson, but she drops stitches and gets upset. A co-worker says, \"She can't do "
            'that anymore. Put the needles away." What is the best response?'
        ),
        options=[
            Option(
                text="Put the needles away, and find her an easier pastime",
                feedback=(
                    "If no one offers the needles, she cannot knit, which seems to prove the belief "
                    "right. Chapter 8 explains fixed and growth mindsets about the people you "
                    "support."
                ),
            ),
            Option(
                text="Tell her that with daily practice, her knitting will come back as it was",
                feedback=(
                    "A growth mindset does not mean promising what no one knows, and dementia can "
                    "bring losses over time. Chapter 8 explains how to stay open without making "
                    "predictions."
                ),
            ),
            Option(
                text="Ask her what she would enjoy, and look for a simpler pattern she can still do",
                correct=True,
                feedback=(
                    "Yes. Chapter 8 explains that growth can look different: a growth mindset looks "
                    "for what a person can still do and enjoy, and follows her goals."
                ),
            ),
            Option(
                text="Encourage her to try harder, and to keep going through the dropped stitches",
                feedback=(
                    "That is pressure, not a growth mindset, and it ignores a real barrier. Chapter 8 "
                    "explains the limits of mindset thinking."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-growth-2",
        chapter="growth",
        objectives=["supervision-feedback", "fixed-vs-growth"],
        prompt=(
            "In your first supervision meeting, your supervisor says that your shift notes are "
            'too vague, with lines such as "had a good day" and "seemed off." Your face gets '
            "hot. What do you do?"
        ),
        options=[
            Option(
                text="Listen to the end, ask for an example, and agree on what to change",
                correct=True,
                feedback=(
                    "Yes. Chapter 8 explains how to take in feedback: listen to the end, ask for an "
                    "example, say it back, decide what to do and follow up."
                ),
            ),
            Option(
                text="Explain right away that the shifts were busy and the notes got rushed",
                feedback=(
                    "The sting is normal, but explaining at once can stop you from hearing what is "
                    "useful. Chapter 8 explains how to notice the reaction and keep listening."
                ),
            ),
            Option(
                text="Agree quickly, and move on to the next topic",
                feedback=(
                    "Moving on fast skips the example that would help you improve. Chapter 8 "
                    "explains how to ask for, take in and use feedback."
                ),
            ),
            Option(
                text="Accept that writing is not one of your strengths, and put your effort into other skills",
                feedback=(
                    "That is a fixed mindset about yourself: it turns feedback into a verdict. "
                    "Chapter 8 explains how a growth mindset treats it as information you can use."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-growth-3",
        chapter="growth",
        objectives=["reflective-cycle"],
        prompt=(
            "At 3 a.m., Tomasz, a night worker in a seniors' residence, found Mrs. Ferreira on "
            "the hallway floor. She was not badly hurt. Next day, he writes in his journal what "
            "took place, step by step, and how shaken he felt. He notes that his quick call for "
            'help went well and that the dark hallway got in the way. Then he writes, "Next '
            'time, I will leave the hallway light on." What did he skip?'
        ),
        options=[
            Option(
                text="How he felt when he found her, then and now",
                feedback=(
                    "He did write how shaken he felt. Chapter 8 explains the six questions of a "
                    "reflective cycle, and why feelings are one of them."
                ),
            ),
            Option(
                text="Why it went this way, and what else he could have done",
                correct=True,
                feedback=(
                    "Yes. Chapter 8 calls the why the heart of the cycle. Why was Mrs. Ferreira "
                    "up at 3 a.m., and what did she need? What other options were there? Without "
                    "them, his plan fixes the first cause he noticed, not perhaps the real one."
                ),
            ),
            Option(
                text="What helped that night, and what got in the way",
                feedback=(
                    "He did: his quick call helped, and the dark hallway got in the way. Chapter 8 "
                    "explains what comes after that question and before the plan."
                ),
            ),
            Option(
                text="Going over the fall with his supervisor before he writes a plan",
                feedback=(
                    "Talking it over can help, above all after a frightening night, but it is not "
                    "one of the cycle's questions, and his journal is missing two of them. Chapter "
                    "8 explains the six questions."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-practicum-1",
        chapter="practicum",
        objectives=["learning-plan"],
        prompt=(
            "Kai's practicum learning plan has one goal: \"I will learn to write objective shift "
            'notes." Activities: read the documentation policy, and have my supervisor review two '
            'of my notes a week. Sign of progress: "My supervisor agrees that my notes describe '
            'before they judge." What does the goal still need?'
        ),
        options=[
            Option(
                text="A week by which Kai expects to show the skill",
                correct=True,
                feedback=(
                    "Yes. Chapter 9 explains how to check a learning goal: is it specific, could "
                    "someone see it, is it realistic, does it have a date and is it about learning? "
                    "Kai's goal has no date."
                ),
            ),
            Option(
                text="A goal for the people Kai supports, such as fewer incidents",
                feedback=(
                    "A learning plan is about what you will learn, and it does not set goals for the "
                    "people you support. Chapter 9 explains why."
                ),
            ),
            Option(
                text="More topics, such as boundaries and self-care, in the same goal",
                feedback=(
                    "A good goal names one skill, not a whole set of topics. Chapter 9 explains how "
                    "to write goals that you and your supervisor can check."
                ),
            ),
            Option(
                text="A second goal, on writing incident reports",
                feedback=(
                    "Incident reports may be worth learning, but adding a goal does not fix this "
                    "one. Chapter 9 explains how to check each goal: specific, observable, "
                    "realistic, dated and about learning."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-practicum-2",
        chapter="practicum",
        objectives=["when-jit-helps", "judge-jit-resource"],
        prompt=(
            "On your placement at a seniors' day program, a classmate shares a handout, "
            '"Helping people with dementia at mealtimes." A care company in another country made '
            "it in 2009, and it ends with an ad for its paid courses. How should you use it?"
        ),
        options=[
            Option(
                text="Use the tips that match what you have seen work, and skip the rest",
                feedback=(
                    "Your own experience helps, but it is not a check of the source: who made it, "
                    "and why, matters, a company selling courses is no guarantee, and the handout "
                    "may be out of date. Chapter 9 gives you five questions to ask "
                    "first."
                ),
            ),
            Option(
                text="Keep it on your phone, and check it during a tense moment at the lunch table",
                feedback=(
                    "In a fast moment with a person, you have seconds, not time to read. Chapter 9 "
                    "explains when a just-in-time resource helps, and when it does not."
                ),
            ),
            Option(
                text="Check its date, who made it and why, and whether it fits your agency",
                correct=True,
                feedback=(
                    "Yes. Chapter 9 explains five questions: is it current, who made it and why, "
                    "does it fit here, what is it based on and whose voice is in it. Agency policy "
                    "and the person's plan come first; bring your questions to supervision."
                ),
            ),
            Option(
                text="Ask the classmate where she found it, and use it if others have",
                feedback=(
                    "Other people using it does not tell you whether it is current, what it is "
                    "based on or whether it fits your agency. Chapter 9 explains five questions to "
                    "judge it by."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-practicum-3",
        chapter="practicum",
        objectives=["knowing-what-you-dont-know"],
        prompt=(
            "In week two of your practicum at a group home, four questions come up. Which one "
            "needs an answer from staff before you act?"
        ),
        options=[
            Option(
                text="Why the agency asks for shift notes to be written in the past tense",
                feedback=(
                    "A policy question like this can wait for supervision or a check-in, as long as "
                    "you write it down. Chapter 9 explains the three speeds of asking."
                ),
            ),
            Option(
                text="Which bus routes stop near the day program two residents go to",
                feedback=(
                    "A fact like this is a good use of a quick resource, checked with the team if "
                    "it matters. Chapter 9 explains when to look it up."
                ),
            ),
            Option(
                text="Whether to put a cream that a resident's sister brought on a rash on her leg",
                correct=True,
                feedback=(
                    "Yes. Chapter 9 explains that questions about health, medication and your scope "
                    "of practice are ones to stop and ask now, before you act."
                ),
            ),
            Option(
                text="Why it bothers you that a resident chose to skip her weekly church service",
                feedback=(
                    "A clash between your values and a person's choice is worth raising soon, in "
                    "supervision, but it does not need an answer before you act. Chapter 9 explains "
                    "the three speeds."
                ),
            ),
        ],
    ),
]
