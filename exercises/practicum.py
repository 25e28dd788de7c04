"""Exercises for Chapter 9, Ready for practicum."""

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
    Matching(
        id="practicum-chapter-threads",
        title="Match practicum moments to the idea that helps most",
        objectives=["foundation-together"],
        prompt=(
            "Each moment below comes from a practicum day. Most moments draw on several chapters, "
            "but one idea from the foundation helps most with each. Match each moment to that idea."
        ),
        pairs=[
            Pair(
                left="You are asked to give a man his evening pills, and you are not sure a student may do that",
                right="Chapter 1: your role and scope of practice",
            ),
            Pair(
                left="A man tells you that, where he grew up, staff decided when he could go outside",
                right="Chapter 2: life in institutions, and why control over daily life matters",
            ),
            Pair(
                left="A woman's plan starts from her own hopes for her life, not from the programs on offer",
                right="Chapter 3: person-centred planning",
            ),
            Pair(
                left="You feel a flash of worry when a person chooses to ride the bus alone, and you remember your parents' rules",
                right="Chapter 4: how your own values shape your reactions",
            ),
            Pair(
                left="A man's sister phones to ask what he told staff yesterday; he has asked that his plans stay private",
                right="Chapter 5: confidentiality and consent",
            ),
            Pair(
                left="A person you support asks for your personal cell number",
                right="Chapter 6: boundaries in everyday moments",
            ),
            Pair(
                left="For a month you have said yes to every extra shift, and now you dread going in",
                right="Chapter 7: the warning signs of burnout",
            ),
            Pair(
                left="You want to learn from a visit that went badly, one step at a time",
                right="Chapter 8: the reflective cycle",
            ),
        ],
        extras=[
            "Chapter 3: the medical model, which starts from a diagnosis",
            "Chapter 7: secondary traumatic stress after hearing about trauma",
        ],
        rationale=(
            "Whether a task is yours to do as a student is a question of scope of practice, from "
            "Chapter 1. The history chapter explains why control over something as ordinary as going "
            "outside matters so much to people who lived in institutions. Person-centred planning, "
            "from the models chapter, starts from the person's own hopes; the medical model starts "
            "from a diagnosis, and no moment here does. A sudden worry rooted in your family's rules "
            "is a clue about your own values, the subject of Chapter 4. A family member asking for "
            "what a person has asked to keep private raises confidentiality and consent, from "
            "Chapter 5. A request for your personal number is an everyday boundary question. Saying "
            "yes to everything until you dread the work is burnout, which grows from the load and "
            "the workplace; secondary traumatic stress follows hearing about another person's "
            "trauma, and no moment here shows it. Learning from a visit step by step is the reflective cycle from "
            "Chapter 8. In a real moment, several of these ideas work at once, as they did in "
            "Simran's afternoon with Gerald."
        ),
    ),
    SingleChoice(
        id="practicum-goal-check",
        title="Pick the strongest learning goal",
        objectives=["learning-plan"],
        prompt=(
            "Hoang starts his practicum at a day program next month. Which of these is the strongest "
            "learning goal for his learning plan?"
        ),
        options=[
            Option(
                text="By week 7, offer a person two real choices during one activity while my supervisor watches",
                correct=True,
                feedback=(
                    "Yes. It names one skill, his supervisor can see it, it fits a student's role and "
                    "it has a date. It is about what he will learn, not a task he will do. Talking it "
                    "over with his supervisor afterward would make it stronger still."
                ),
            ),
            Option(
                text="By week 5, feel confident offering people real choices during activities at the program",
                feedback=(
                    "Close: it is specific and has a date. But nobody can see a feeling, so no one "
                    "could tell in week 5 whether he had learned it. Name something his supervisor "
                    "could observe or check."
                ),
            ),
            Option(
                text="By the end of placement, become an expert in trauma-informed practice, as my final evaluation will show",
                feedback=(
                    'Not realistic. No one becomes an expert in one placement, and "expert" cannot be '
                    "checked. Pick one part of trauma-informed practice, such as offering choices, and "
                    "say how he will show it by a set week."
                ),
            ),
            Option(
                text="By week 6, arrive on time for my shifts and finish the tasks on my daily list without reminders",
                feedback=(
                    "It is specific and has a date, but it is a task or a requirement, not a learning "
                    "goal. Being on time matters. A learning goal names something you do not yet know "
                    "or cannot yet do."
                ),
            ),
            Option(
                text="By week 8, have Ms. Kowalczyk making her own lunch twice a week, with my support",
                feedback=(
                    "No. It is specific and dated, but it sets a goal for Ms. Kowalczyk, and her goals "
                    "belong to her. A learning plan is about what the student will learn, such as how "
                    "to support a person's own choice while following their lead."
                ),
            ),
        ],
    ),
    SingleChoice(
        id="practicum-plan-steps",
        title="Which step of the learning plan did Hoang skip?",
        objectives=["learning-plan"],
        prompt=(
            'Hoang looks back over his self-checks and writes a goal: "By week 6, write shift notes '
            'that describe, not judge." His activities: read the documentation policy, and compare his '
            "notes with an experienced worker's. He shows the draft to his field supervisor, who says, "
            '"Good start. But how will either of us know, in week 6, that you\'ve got it?" Which step '
            "did Hoang skip?"
        ),
        options=[
            Option(
                text="Naming signs of progress for the goal",
                correct=True,
                feedback=(
                    "Yes. He has a goal, activities and a date, but no evidence: nothing says what "
                    'his supervisor will look at. A sign such as "my supervisor reviews three of my '
                    'notes with me" answers the question.'
                ),
            ),
            Option(
                text="Taking stock of his strengths and gaps first",
                feedback=(
                    "Not this one. He looked back over his self-checks before he wrote the goal, "
                    "which is taking stock. His supervisor's question is about how progress will be "
                    "seen, not about where he started."
                ),
            ),
            Option(
                text="Choosing activities and resources for the goal",
                feedback=(
                    "Not this one. Reading the policy and comparing notes are his activities. What "
                    "is missing is how anyone will know that the activities worked."
                ),
            ),
            Option(
                text="Reviewing the draft with his field supervisor",
                feedback=(
                    "Not this one. Showing the draft to his supervisor is exactly the review step, "
                    "and it is what brought the gap to light."
                ),
            ),
        ],
    ),
    Reflection(
        id="practicum-learning-plan",
        title="Draft your own practicum learning plan",
        objectives=["learning-plan", "knowing-what-you-dont-know"],
        prompt=(
            "Draft your own practicum learning plan. If you do not have a placement yet, imagine one "
            "in a setting you would like to work in. Write two or three learning goals. For each "
            "goal, list one or two activities, the signs that will show your progress and the week "
            "by which you expect to show them. Make at least one goal about yourself, such as your "
            "values, your reactions or your self-care. End by naming one thing you know you do not "
            "know yet about the setting, and who you will ask about it. Your answer stays in your own "
            "browser. Leave out names and details that could identify anyone."
        ),
        checklist=[
            "Does each goal name something I will learn, not just a task I will do?",
            "Could my field supervisor tell, by the week I named, whether I had learned it?",
            "Is each goal realistic for the length of the placement and my role as a student?",
            "Does each goal have at least one activity and one sign of progress?",
            "Did I include a goal about myself: my values, reactions or self-care?",
            "Did I avoid setting goals for the people I will support?",
            "Did I name one thing I do not know yet, and who I will ask?",
        ],
        min_words=80,
    ),
    MultipleSelect(
        id="practicum-jit-when",
        title="When to reach for a just-in-time resource",
        objectives=["when-jit-helps"],
        prompt=(
            "You are in week three of your practicum. In which of these moments would a just-in-time "
            "resource, such as a guide, a checklist or a web page, be a good help? Select all that apply."
        ),
        options=[
            Option(
                text="You need the steps for the agency's online incident report, and it is due in an hour",
                correct=True,
                feedback=(
                    "Yes. This is a procedure, you have time to look, and the best resource is your "
                    "agency's own guide. That is just-in-time learning at its best."
                ),
            ),
            Option(
                text="Gerald wants to know which bus gets him to the library by 10 a.m.",
                correct=True,
                feedback=(
                    "Yes. This is a question of fact, and a trip planner answers it well. Better still, "
                    "look it up with Gerald, so that he learns to use the planner himself."
                ),
            ),
            Option(
                text="Tomorrow you will help with a lift you were trained on last week, and you want to review the agency's steps tonight",
                correct=True,
                feedback=(
                    "Yes. Reviewing steps you have already been trained on is a good use of a quick "
                    "guide. Note that the guide refreshes your training; it does not replace it. You "
                    "use the lift only in the way your agency trained you."
                ),
            ),
            Option(
                text="A tenant starts to cry while telling you that her son will not visit",
                feedback=(
                    "Not here. This moment is fast and relational, and it needs your attention, not "
                    "your phone. You draw on what you already carry: listening, your values and your "
                    "sense of the relationship."
                ),
            ),
            Option(
                text='A person hands you a gift card, and you think about searching "gifts from clients" while they wait',
                feedback=(
                    "Not in the moment. The person is waiting, and a web search cannot tell you your "
                    "agency's rule. Thank them warmly, and say you need to check the policy. Then read "
                    "the policy and talk to your supervisor. That later check is a good use of a "
                    "resource."
                ),
            ),
            Option(
                text="A tenant starts shouting at you, and you want to look up the agency's steps for calming someone",
                feedback=(
                    "Not in the moment. It is a procedure, but there is no time to look: the moment is "
                    "fast, and the person needs your attention. Steps like these have to be learned "
                    "and trained before you need them. Afterward, reading the procedure and bringing "
                    "the moment to supervision is a good use of a resource."
                ),
            ),
            Option(
                text="A man you support tells you he is thinking about ending his life",
                feedback=(
                    "No. This is a moment of danger. Stay with him, follow your agency's emergency "
                    "procedure and get help right away from your supervisor or emergency services. "
                    "Searching online would take your attention away from him when he needs it most."
                ),
            ),
        ],
    ),
    MultipleSelect(
        id="practicum-judge-resource",
        title="Judge a tip sheet on hearing voices",
        objectives=["judge-jit-resource"],
        prompt=(
            "Next week you start your placement at a drop-in centre, where some of the people who "
            'come in hear voices. Tonight you find a tip sheet, "Talking with someone who hears '
            'voices." A Canadian peer-run organization posted it last year. People who hear voices '
            "wrote it with a university research team, and it lists the studies it draws on. Its "
            "tips: stay calm, ask the person what helps and do not argue about whether the voices "
            "are real. Its last section explains when staff must share information with a person's "
            "family, under the privacy law of another province. Which of these judgments of the tip "
            "sheet are sound? Select all that apply."
        ),
        options=[
            Option(
                text="It does well on currency, authorship and evidence: it is recent, and its makers and sources are named",
                correct=True,
                feedback=(
                    "Yes. It is current, you know who made it and why, and it says what it is based "
                    "on. Those answers make it a better start than an anonymous post. They still do "
                    "not settle whether it fits your agency and the person in front of you."
                ),
            ),
            Option(
                text="The section on sharing with family needs checking against your own province's law and agency policy",
                correct=True,
                feedback=(
                    "Yes: the question of fit. Rules on privacy, consent and reporting differ between "
                    "provinces. Where a resource and your agency's policy disagree, the policy and the "
                    "person's plan win, so take that section to your field supervisor."
                ),
            ),
            Option(
                text="Its tips can guide you, checked against each person's plan and what they tell you helps",
                correct=True,
                feedback=(
                    "Yes. A resource that passes most of the questions can guide you, and the person "
                    "is still the best source about their own life. The tip sheet itself says to ask "
                    "the person what helps."
                ),
            ),
            Option(
                text="Its date may be a worry: a sheet posted last year is probably best checked with your supervisor before any use",
                feedback=(
                    "Not this one. Currency asks whether the resource is out of date, for example "
                    "whether it quotes a code or a law that has since changed. A sheet posted last "
                    "year is current. The part that needs checking is the section on family, and "
                    "the reason is fit, not age."
                ),
            ),
            Option(
                text="The section from another province makes the whole sheet unreliable; set it aside and look for another",
                feedback=(
                    'Not quite. A "no" or "not sure" on one question means you check before you '
                    "use that part, not that the resource is useless. The rest of it does well on "
                    "currency, authorship, evidence and voice."
                ),
            ),
            Option(
                text="Its section on family probably holds where you work too, as privacy rules are much alike across provinces",
                feedback=(
                    "Not this one. Rules on privacy, consent and reporting differ between provinces, "
                    "and a trusted author cannot make another province's law apply where you work. "
                    "Fit is its own question: check that section against your agency's policy and "
                    "your own province's law."
                ),
            ),
            Option(
                text="Its research base means its tips can stand in for asking each person at the drop-in what helps",
                feedback=(
                    "No. Evidence-informed practice joins research with the experience of skilled "
                    "workers and the knowledge and choices of the person supported. Research is an "
                    "important guide, not a replacement for asking."
                ),
            ),
            Option(
                text="Being written by people who hear voices makes it personal opinion, and workers should rely on research",
                feedback=(
                    "Not quite. Lived experience is knowledge in its own right, and resources made "
                    "with the people who live something often notice what others miss. This sheet "
                    "joins that experience with research, which is a strength, not a weakness."
                ),
            ),
        ],
    ),
    Matching(
        id="practicum-who-to-ask",
        title="Who to ask first on practicum",
        objectives=["knowing-what-you-dont-know"],
        prompt="Match each situation from a practicum to the first person or place to go with it.",
        pairs=[
            Pair(
                left="You are not sure how Gerald likes to be greeted when you arrive",
                right="Gerald himself",
            ),
            Pair(
                left="You do not know whether your agency allows staff to accept small gifts",
                right="The agency's policy, then your field supervisor to confirm",
            ),
            Pair(
                left="A person's pills look different from last week, and it is almost time for his medication",
                right="Stop, and check with the supervisor or nurse on call before anyone gives it",
            ),
            Pair(
                left="You are unsure how many placement hours your program requires",
                right="Your school's practicum instructor",
            ),
            Pair(
                left="After a hard visit, you feel shaken and keep replaying it",
                right="Your field supervisor, and the supports in your wellness plan",
            ),
            Pair(
                left="A person you support has collapsed and is not breathing",
                right="Emergency services, right away, and then your supervisor",
            ),
        ],
        extras=[
            "A quick web search, before you ask anyone",
            "Your classmates, in your program's group chat",
        ],
        rationale=(
            "The person is the expert on their own life, so questions about their preferences go to "
            "them first. Policy questions start with the written policy, and your supervisor confirms "
            "how it applies. Anything about medication or health is a stop-and-ask-now question: do "
            "not go ahead until someone qualified has checked. Questions about your program's "
            "requirements belong to your school. A hard visit is something to bring to supervision, "
            "with your own wellness plan for the hours in between. And when someone's life may be in "
            "danger, emergency help comes before anything else."
        ),
    ),
    Scenario(
        id="practicum-gerald-day",
        title="Your first solo visit with Gerald",
        objectives=["foundation-together", "knowing-what-you-dont-know"],
        prompt=(
            "You are a student in week five of your practicum at a supported living agency. Your "
            "field supervisor, Marcel, has agreed that you can visit Gerald on your own today. Make "
            "each choice as you would on placement, and see where it leads."
        ),
        start="bus",
        steps=[
            Step(
                id="bus",
                text=(
                    "It is 9:30 on Tuesday morning. Gerald, 67, lived for 31 years in a large "
                    "institution, where staff decided when he could go outside. At his planning meeting, "
                    "he set a goal: to ride the bus to the library on his own. He has done the trip six "
                    "times with staff. The team agreed that today is his first solo trip, with a call to "
                    'the office when he arrives. Gerald has his coat on. "I\'m going alone today," he '
                    "says, grinning. Your stomach tightens. What do you do?"
                ),
                choices=[
                    Choice(
                        text="Offer to drive him to the library today, and save the bus for next week",
                        next="smaller",
                        consequence=(
                            'Gerald\'s grin fades. "Same as always," he says quietly. He takes off his '
                            "coat and gets into your car."
                        ),
                    ),
                    Choice(
                        text="Offer to ride the same bus a few seats behind him",
                        next="shadowed",
                        consequence=(
                            'Gerald\'s grin fades. "If you want," he says. On the bus, he looks back at '
                            "you twice. At the library door, he waits for you before he calls the "
                            "office."
                        ),
                    ),
                    Choice(
                        text="Notice where your worry comes from, and go over the team's plan with Gerald",
                        next="phone",
                        consequence=(
                            "You take a breath: the worry comes from your family's rules, not from "
                            "anything Gerald has done. Together you go over the plan. Gerald finds the "
                            "10:05 bus on the trip planner himself and shows you the card in his wallet "
                            "with the office number. You tell Marcel that Gerald is on his way, and "
                            "Marcel says he will be at the office for the call."
                        ),
                    ),
                ],
            ),
            Step(
                id="phone",
                text=(
                    'At the door, Gerald holds up his phone. "Are you on Facebook? Add me, so I can '
                    'show you my library pictures." What do you say?'
                ),
                choices=[
                    Choice(
                        text="Say yes, and accept his friend request there at the door",
                        next="late-calls",
                        consequence=(
                            "Gerald beams and sends the request, and you accept it at the door. At 10:40 "
                            "a photo of the library shows up on your phone. You feel warm and useful."
                        ),
                    ),
                    Choice(
                        text='Tell him, "Sorry, I can\'t do that," and go over the office number with him',
                        next="phone",
                        consequence=(
                            'Gerald\'s shoulders drop. "Okay," he mutters, and looks at the floor. The '
                            "answer was right, but it came out flat on a day he was proud of, and it "
                            "left him with no way to share his photos. You try again."
                        ),
                    ),
                    Choice(
                        text="Say warmly that your accounts are private, and ask to see the photos this afternoon",
                        next="story",
                        consequence=(
                            'You add that the office is waiting for his call. Gerald nods. "Photos this '
                            'afternoon. Office now. Got it." At 10:35, the office phone rings. '
                            '"I\'m at the library," Gerald says. You can hear that he is smiling.'
                        ),
                    ),
                ],
            ),
            Step(
                id="story",
                text=(
                    "At 2 p.m., you visit Gerald again. He shows you his library photos. Over tea, he says, "
                    "“At the big place, they locked the doors. You couldn’t go out unless they said.” "
                    "His hands start to shake, and he begins to talk about a room in the basement. "
                    "What do you do?"
                ),
                choices=[
                    Choice(
                        text="Ask gentle questions about the room: what it was like, and how long he was there",
                        next="story",
                        consequence=(
                            'Gerald stops and stares at his cup. "I don\'t want to talk about that." '
                            "Your questions were about what you wanted to know, not what he wanted to "
                            "share. Telling a painful story at someone else's pace can stir up old harm. "
                            "You stop asking. After a long pause, he looks up at you again."
                        ),
                    ),
                    Choice(
                        text="Steer the talk gently back to his library books and his trip this morning",
                        next="story",
                        consequence=(
                            'Gerald stops in the middle of a sentence. "Never mind," he says. You '
                            "realize you changed the subject because you felt uneasy, not because he "
                            "wanted to stop. You put the library books down."
                        ),
                    ),
                    Choice(
                        text="Listen calmly, let him lead and tell him he does not have to say more",
                        next="after",
                        consequence=(
                            "You ask what would help right now. Gerald talks for a few minutes, then says "
                            "he wants his music on. You put it on. Before you leave, you tell him that "
                            "you will let Marcel know he talked about the institution today, so that the "
                            "team can support him. You ask if there is anything he wants Marcel to know. "
                            '"Tell him I went to the library," he says.'
                        ),
                    ),
                ],
            ),
            Step(
                id="after",
                text=(
                    "On the bus home, you feel shaky. You keep picturing the basement room. A classmate "
                    'texts: "How was placement?? Anything juicy?" You have supervision with Marcel '
                    "tomorrow morning. What do you do?"
                ),
                choices=[
                    Choice(
                        text="Text your classmate a short account of the afternoon, leaving out Gerald's name",
                        next="shared",
                        consequence=(
                            "You type out the afternoon: the bus, the library, the locked doors, the "
                            "basement room. Your classmate replies, \"Wow. That's so sad. Hope you're "
                            'ok." You feel lighter, and you fall asleep before midnight.'
                        ),
                    ),
                    Choice(
                        text="Keep it to yourself, and tell Marcel in the morning that the visit went fine",
                        next="after",
                        consequence=(
                            "You are still awake at 1 a.m., replaying the afternoon. Lying there, you "
                            "remember that carrying this alone is exactly what your wellness plan warned "
                            "against, and that Marcel cannot help with a visit he thinks went fine."
                        ),
                    ),
                    Choice(
                        text="Text that you can't share details, use your wellness plan, and tell Marcel tomorrow",
                        next="debrief",
                        consequence=(
                            "You text back, \"Long day. Can't share details, but I'm okay.\" You go for a "
                            "walk and put your phone away for the evening. You sleep. In the morning, you "
                            "work through the day with the reflective cycle and write a page of notes "
                            "for supervision."
                        ),
                    ),
                ],
            ),
            Step(
                id="debrief",
                text=(
                    "In supervision, you tell Marcel what happened, what you felt and what you did. "
                    "Then you say, \"I don't know what to do if Gerald talks about the institution "
                    "again.\" Marcel thanks you. He says that Gerald's plan names a counsellor Gerald "
                    "trusts, and that there is trauma-informed training next month. He adds both to "
                    "your learning plan."
                ),
                best=True,
                debrief=(
                    "This is the whole foundation at work. You knew what the bus trip meant, given "
                    "Gerald's history, and you treated the goal as his. You noticed that your worry "
                    "came from your own family, not from the facts. You kept a warm, clear boundary "
                    "about your accounts. When Gerald spoke about the institution, you let him lead. "
                    "You protected his privacy, used your wellness plan and brought the day to "
                    "supervision. And you named something you did not know, which turned a hard "
                    "afternoon into your next learning goal."
                ),
            ),
            Step(
                id="smaller",
                text=(
                    "Gerald is quiet in the car and chooses his books without talking to you. That "
                    "evening, the office log says his solo trip is put off to next week."
                ),
                debrief=(
                    "You meant to keep Gerald safe. But the trip was his goal, he had prepared for "
                    "it, and the team had planned for the risk. For 31 years, other people decided when "
                    "Gerald could go out. Driving him instead repeated that pattern, and a "
                    "few more offers like it could make his world smaller, one trip at a time. Your worry was real, and it is worth asking where it "
                    "came from before you act on it. The dignity of risk, from Chapter 5, means supporting a person to do what "
                    "they have chosen, as safely as they want to. Driving him also raised a question you "
                    "skipped: whether your agency lets a student drive the people they support in a "
                    "personal car. Check the policy before you ever offer. Go back and try again, "
                    "starting with your own reaction."
                ),
            ),
            Step(
                id="shadowed",
                text=(
                    "Gerald gets to the library safely, with you a few seats behind. He calls the "
                    'office from the library steps, and tells Marcel, "She came too."'
                ),
                debrief=(
                    "Nothing went wrong, and that is what makes this choice easy to repeat. But the "
                    "goal was a trip on his own, and the team had planned for the risk. For 31 years, "
                    "other people decided when Gerald could go out, and a worker on the bus tells him "
                    "that he still cannot be trusted to go alone. Your worry was real, and it is worth "
                    "asking where it came from before you act on it. The dignity of risk, from Chapter 5, "
                    "means supporting a person to do what they have chosen, as safely as they want to. "
                    "Go back and try again, starting with your own reaction."
                ),
            ),
            Step(
                id="late-calls",
                text=(
                    "That evening, Gerald sends you six more photos of his books. The next day he "
                    "messages to ask whether he can check in with you instead of the office from now on."
                ),
                debrief=(
                    "Accepting the request felt kind, and a few photos felt small. But it was a "
                    "boundary crossing, and it is already starting to drift, as Chapter 6 described. "
                    "If it goes on, Gerald comes to rely on one student who was always going to leave, "
                    "the team loses track of his trips, and your evenings stop being your own. The "
                    "office exists so that someone always answers, whoever is on shift. Try again, and look for a way to say "
                    "no that is both warm and clear."
                ),
            ),
            Step(
                id="shared",
                text=(
                    "In supervision the next morning, you mention the text. Marcel asks what you wrote, "
                    "and you read it aloud: a man in his sixties, decades in an institution, his first "
                    "bus trip to the library today, a basement room. Marcel says quietly that anyone "
                    "who knows Gerald would know it was him. He walks you through the agency's steps "
                    "for a privacy breach, and you start the form together."
                ),
                debrief=(
                    "You needed to talk, and that need was real. Nothing bad came of the text that "
                    "night, and that is what makes this mistake easy to repeat. Leaving out a name does "
                    "not make a story private: a few details together can be enough to identify "
                    "someone, in a city or a small town. Gerald's story is his to share, as Chapter 5 "
                    "explained about confidentiality, and once a text is sent, you cannot take it "
                    "back. The right places for what you are carrying are supervision and the supports "
                    "in your wellness plan. Telling Marcel was the right thing to do afterward. Try the "
                    "evening again."
                ),
            ),
        ],
    ),
    SelfCheck(
        id="practicum-readiness-check",
        title="Rate your practicum planning so far",
        confidence=True,
        objectives=[
            "foundation-together",
            "learning-plan",
            "when-jit-helps",
            "judge-jit-resource",
            "knowing-what-you-dont-know",
        ],
        prompt=(
            "Rate how true each statement is for you right now. This self-check is for reflection, "
            "not a diagnostic tool. It does not measure your readiness for practicum. It only points "
            "you to pages worth another look."
        ),
        scale=["Not true", "Somewhat true", "Mostly true", "Very true"],
        items=[
            SelfCheckItem(
                text="I can describe one moment of practice and name at least four foundation chapters that would help me in it.",
                page="book/foundations/09-ready-for-practicum/bringing-it-together",
            ),
            SelfCheckItem(
                text="I have a draft learning plan with two or three goals my field supervisor could check.",
                page="book/foundations/09-ready-for-practicum/learning-plan",
            ),
            SelfCheckItem(
                text="My learning goals describe what I will learn, not only tasks I will do.",
                page="book/foundations/09-ready-for-practicum/learning-plan",
            ),
            SelfCheckItem(
                text="I can tell a question a quick guide can answer from one I need to bring to a person or my supervisor.",
                page="book/foundations/09-ready-for-practicum/just-in-time-resources",
            ),
            SelfCheckItem(
                text="Before I use a video or web page at work, I check who made it and whether it fits my agency's policy.",
                page="book/foundations/09-ready-for-practicum/just-in-time-resources",
            ),
            SelfCheckItem(
                text="I tend to trust a resource because it is popular or easy to find.",
                reverse=True,
                page="book/foundations/09-ready-for-practicum/just-in-time-resources",
            ),
            SelfCheckItem(
                text="I can name at least two things I do not know yet about my practicum setting.",
                page="book/foundations/09-ready-for-practicum/knowing-what-you-dont-know",
            ),
            SelfCheckItem(
                text="I would rather guess than tell my supervisor that I do not know something.",
                reverse=True,
                page="book/foundations/09-ready-for-practicum/knowing-what-you-dont-know",
            ),
        ],
        bands=[
            Band(
                min=0,
                max=10,
                label="Worth another look",
                meaning=(
                    "Several ideas in this chapter are still settling, which is normal on a first read. "
                    "Reread the page for each statement that does not fit you well yet: one you rated "
                    '"Not true" or "Somewhat true" (for statements 6 and 8, "Mostly true" or '
                    '"Very true"). Statement 1 goes with "Bringing the foundation together", 2 and 3 '
                    'with "Your practicum learning plan", 4 to 6 with "Just-in-time learning, now that '
                    'you have a foundation", and 7 and 8 with "Knowing what you do not know".'
                ),
            ),
            Band(
                min=11,
                max=18,
                label="Getting there",
                meaning=(
                    "You have a good start. Find the statements that fit you least well: those you rated "
                    '"Not true" or "Somewhat true" (for statements 6 and 8, "Mostly true" or '
                    '"Very true"). Then reread the matching page. Statement 1 goes with "Bringing the '
                    'foundation together", 2 and 3 with "Your practicum learning plan", 4 to 6 with '
                    '"Just-in-time learning, now that you have a foundation", and 7 and 8 with '
                    '"Knowing what you do not know".'
                ),
            ),
            Band(
                min=19,
                max=24,
                label="Ready to move on",
                meaning=(
                    "You feel at home with the main ideas of this chapter. If one statement still does "
                    "not fit you well, skim its page before your practicum starts. Statement 1 goes with "
                    '"Bringing the foundation together", 2 and 3 with "Your practicum learning '
                    'plan", 4 to 6 with "Just-in-time learning, now that you have a foundation", and '
                    '7 and 8 with "Knowing what you do not know". Bring your learning plan and your '
                    "questions to your first day."
                ),
            ),
        ],
    ),
]
