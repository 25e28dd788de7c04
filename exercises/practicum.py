"""Exercises for Chapter 9, Ready for practicum."""

from textbook.kit import (
    Band,
    Choice,
    Matching,
    MultipleSelect,
    Option,
    Ordering,
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
        title="Match practicum moments to chapters",
        objectives=["foundation-together"],
        prompt=(
            "Each moment below comes from a practicum day. Most moments draw on several chapters, "
            "but one chapter helps most with each. Match each moment to that chapter."
        ),
        pairs=[
            Pair(
                left="A man tells you that, where he grew up, staff decided when he could go outside",
                right="Chapter 2: History of the field",
            ),
            Pair(
                left="A woman's plan starts from her own hopes for her life, not from the programs on offer",
                right="Chapter 3: Models of practice",
            ),
            Pair(
                left="You feel a flash of worry when a person chooses to ride the bus alone, and you remember your parents' rules",
                right="Chapter 4: Knowing yourself",
            ),
            Pair(
                left="A person's sister phones and asks what he told staff yesterday",
                right="Chapter 5: Professional values and ethics",
            ),
            Pair(
                left="A person you support asks for your personal cell number",
                right="Chapter 6: Professional boundaries",
            ),
            Pair(
                left="On the bus home, you cannot stop replaying a hard conversation",
                right="Chapter 7: Self-care, burnout and sustainable practice",
            ),
            Pair(
                left="You want to learn from a visit that went badly, one step at a time",
                right="Chapter 8: Growth mindset and reflective practice",
            ),
        ],
        rationale=(
            "The history chapter explains why control over something as ordinary as going outside "
            "matters so much to people who lived in institutions. Person-centred planning, from the "
            "models chapter, starts from the person's own hopes. A sudden worry rooted in your "
            "family's rules is a clue about your own values, the subject of Chapter 4. A family "
            "member asking for a person's information raises confidentiality, from Chapter 5. A "
            "request for your personal number is a boundary question. Replaying a hard "
            "conversation after work calls on your wellness plan from Chapter 7, and learning from "
            "a visit step by step is the reflective cycle from Chapter 8. In real moments, several "
            "chapters work at once, as they did in Simran's afternoon with Gerald."
        ),
    ),
    SingleChoice(
        id="practicum-goal-check",
        title="Pick the strongest learning goal",
        objectives=["learning-plan"],
        prompt="Which of these is the strongest learning goal for a practicum learning plan?",
        options=[
            Option(
                text=(
                    "By week 6, I will explain my agency's gift and social media policies to my field "
                    "supervisor in my own words, and talk through how I would respond to one example of each"
                ),
                correct=True,
                feedback=(
                    "Yes. It names one specific thing to learn, your supervisor can check it, it fits a "
                    "student's role and it has a date. It is about what you will learn, not just a task "
                    "you will do."
                ),
            ),
            Option(
                text="Learn all about professional boundaries during my placement",
                feedback=(
                    "Not yet. This is a topic, not a goal. Nobody could tell when you had finished it. "
                    "Narrow it to one skill, say how your supervisor could see it and add a date."
                ),
            ),
            Option(
                text="Become an expert in trauma-informed practice by the end of placement",
                feedback=(
                    'Not realistic. No one becomes an expert in one placement, and "expert" cannot be '
                    "checked. Pick one part of trauma-informed practice, such as offering choices, and "
                    "say how you will show it."
                ),
            ),
            Option(
                text="Arrive on time for every shift and finish all the tasks on my list",
                feedback=(
                    "Being on time matters, but it is a task or a requirement, not a learning goal. "
                    "A learning goal names something you do not yet know or cannot yet do."
                ),
            ),
            Option(
                text="Make sure Gerald takes the bus alone by week 4",
                feedback=(
                    "No. This sets a goal for Gerald, not for you, and his goals belong to him. Your "
                    "learning plan is about what you will learn, such as how to support a person's own "
                    "choice while following their lead."
                ),
            ),
        ],
    ),
    Ordering(
        id="practicum-plan-steps",
        title="Order the steps of a learning plan",
        objectives=["learning-plan"],
        prompt="Put the steps of building a practicum learning plan in a sensible order.",
        items=[
            "Take stock of your strengths and gaps, using the foundation chapters and your self-checks",
            "Write two or three learning goals that are specific and can be checked",
            "Choose activities and resources for each goal",
            "Name the signs of progress for each goal, and who will check them",
            "Review the draft with your field supervisor and your school",
            "Revisit the plan at mid-placement and revise it",
        ],
        rationale=(
            "You need to know where you are before you can say what to learn, so taking stock comes "
            "first. Goals come next, because activities and evidence only make sense once you know "
            "what they are for. Signs of progress follow the activities, so that you know how each "
            "goal will be checked. Reviewing the draft with others catches goals that are too big or "
            "that do not fit the agency. A plan is never finished: coming back to it at "
            "mid-placement lets it keep up with what you are learning."
        ),
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
        title="Check a meltdown video before you use it",
        objectives=["judge-jit-resource"],
        prompt=(
            'A classmate sends you a video called "Stop a meltdown in 60 seconds." A self-described '
            "behaviour coach in another country posted it in 2014, and he sells an online course at "
            "the end. It tells viewers to hold the person's hands firmly until they calm down. It has "
            "two million views. Which of these are good reasons to hold off and check with your field "
            "supervisor before you use anything from it? Select all that apply."
        ),
        options=[
            Option(
                text="It is more than ten years old, and good practice may have changed since then",
                correct=True,
                feedback=(
                    "Yes: the question of currency. Laws, policies and practice change, and older "
                    "resources may also use language the community has asked people to drop."
                ),
            ),
            Option(
                text="The creator is selling a course, and you cannot tell what training he has",
                correct=True,
                feedback=(
                    "Yes: who made it, and why. A resource made to sell something may promise more than "
                    "it can deliver, and an unknown author gives you little to check."
                ),
            ),
            Option(
                text="Holding a person's hands to stop them is a form of restraint, which your agency's policy and your role as a student may not allow",
                correct=True,
                feedback=(
                    "Yes: fit. Even if a technique worked somewhere else, your agency's policy, your "
                    "scope of practice and the person's plan come first. Restraint is never something a "
                    "student should try because of a video."
                ),
            ),
            Option(
                text="It offers no research or reasons, only the coach's own stories",
                correct=True,
                feedback=(
                    "Yes: what it is based on. Evidence-informed practice draws on research, skilled "
                    "workers' experience and the person's own knowledge. One person's stories are a "
                    "weak base for advice about touching someone."
                ),
            ),
            Option(
                text="No autistic people, or others who have lived through meltdowns, seem to have had a say in it",
                correct=True,
                feedback=(
                    "Yes: whose voice is in it. People with lived experience often know what helps and "
                    "what harms in ways that outsiders miss. A resource made without them deserves "
                    "extra care."
                ),
            ),
            Option(
                text="It has two million views, so it must work",
                feedback=(
                    "No. Views show that a video is popular, not that its advice is safe or effective. "
                    "Popularity is not evidence."
                ),
            ),
            Option(
                text="It was made in another country, so nothing in it could be useful",
                feedback=(
                    "Not quite. Where a resource comes from is worth checking, because laws and "
                    "policies differ. But a resource from elsewhere is not useless for that reason "
                    "alone. Ask whether it fits your agency, your role and the person."
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
                    "says, grinning. Your stomach tightens. In your family, nobody rode the bus alone. "
                    "What do you do?"
                ),
                choices=[
                    Choice(
                        text="Offer to drive Gerald to the library instead, just this once, since the bus terminal is busy and you would feel better",
                        next="smaller",
                        consequence=(
                            'Gerald\'s grin fades. "Same as always," he says quietly. He takes off his '
                            "coat and gets into your car."
                        ),
                    ),
                    Choice(
                        text='Wave him off with "Have fun!" and start on your notes, since the team already agreed to the trip',
                        next="bus",
                        consequence=(
                            "As Gerald reaches the door, you realize you have not checked anything. You "
                            "do not know if he has the office number, or when his bus leaves. As a "
                            "student, you are also meant to follow the steps the team agreed to. You ask "
                            "him to wait a minute, and he sighs and sits down by the door."
                        ),
                    ),
                    Choice(
                        text=(
                            "Notice your worry and where it comes from. Then go over the team's plan "
                            "with Gerald, check the bus time with him on the trip planner and tell "
                            "Marcel he is on his way"
                        ),
                        next="phone",
                        consequence=(
                            "Gerald finds the 10:05 bus on the trip planner himself. He shows you the "
                            "card in his wallet with the office number. Marcel says the plan sounds "
                            "right and that he will be at the office for Gerald's call."
                        ),
                    ),
                ],
            ),
            Step(
                id="phone",
                text=(
                    "At the door, Gerald turns back. \"Can I have your cell number? I'd rather call "
                    "you than the office. You're nice.\" What do you say?"
                ),
                choices=[
                    Choice(
                        text="Give him your personal number, just for today, since he is nervous and it would help him feel safe",
                        next="late-calls",
                        consequence=(
                            "Gerald saves your number with a smile. At 10:40 he texts you a photo of "
                            "the library. You feel warm and useful."
                        ),
                    ),
                    Choice(
                        text='Say "No, that\'s against the rules," and turn back to your notes so that he does not ask again',
                        next="phone",
                        consequence=(
                            'Gerald\'s shoulders drop. "Okay," he mutters, and looks at the floor. The '
                            "answer was right, but the way you gave it made him feel pushed away on a "
                            "day he was proud of. You put down your notes and turn back to him."
                        ),
                    ),
                    Choice(
                        text=(
                            "Tell him warmly that you do not give your own number to anyone you work "
                            "with, that the office number always reaches someone and that you will be "
                            "at the office when he calls"
                        ),
                        next="story",
                        consequence=(
                            'Gerald nods. "Office. Got it." At 10:35, the office phone rings. "I\'m at '
                            'the library," Gerald says. You can hear that he is smiling.'
                        ),
                    ),
                ],
            ),
            Step(
                id="story",
                text=(
                    "At 2 p.m., you visit Gerald again. He is proud of his trip. Over tea, he says, "
                    "“At the big place, they locked the doors. You couldn’t go out unless they said.” "
                    "His hands start to shake, and he begins to talk about a room in the basement. "
                    "What do you do?"
                ),
                choices=[
                    Choice(
                        text="Ask him for details, such as what the room was like, who put him there and for how long, so that you understand",
                        next="story",
                        consequence=(
                            'Gerald stops and stares at his cup. "I don\'t want to talk about that." '
                            "Your questions were about what you wanted to know, not what he wanted to "
                            "share. Telling a painful story at someone else's pace can stir up old harm. "
                            "You stop asking. After a long pause, he looks up at you again."
                        ),
                    ),
                    Choice(
                        text="Change the subject to his library books, so that he does not get more upset",
                        next="story",
                        consequence=(
                            'Gerald stops in the middle of a sentence. "Never mind," he says. You '
                            "realize you changed the subject because you felt uneasy, not because he "
                            "wanted to stop. You put the library books down."
                        ),
                    ),
                    Choice(
                        text=(
                            "Listen calmly. Let him lead, tell him he does not have to say more than he "
                            "wants to and ask what would help right now"
                        ),
                        next="after",
                        consequence=(
                            "Gerald talks for a few minutes, then says he wants his music on. You put it "
                            "on. Before you leave, you tell him that you will let Marcel know he talked "
                            "about the institution today, so that the team can support him. You ask if "
                            'there is anything he wants Marcel to know. "Tell him I went to the library," '
                            "he says."
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
                        text="Tell your classmate the whole story, leaving out Gerald's last name",
                        next="shared",
                        consequence=(
                            'Your classmate writes back, "Wait, is that Gerald from the library? My '
                            'aunt volunteers there!"'
                        ),
                    ),
                    Choice(
                        text=(
                            "Keep it all to yourself. It is your job to cope, and bringing it up might "
                            "make you look unready"
                        ),
                        next="after",
                        consequence=(
                            "You are still awake at 1 a.m., replaying the afternoon. In the morning, you "
                            "almost cancel supervision. Then you remember that carrying this alone is "
                            "exactly what your wellness plan warned against. You pick up your phone again."
                        ),
                    ),
                    Choice(
                        text=(
                            "Text back, \"Long day. Can't share details, but I'm okay.\" Use your wellness "
                            "plan tonight. Tomorrow, bring the day to Marcel, worked through with the "
                            "reflective cycle"
                        ),
                        next="debrief",
                        consequence=(
                            "You go for a walk and put your phone away for the evening. You sleep. In the "
                            "morning, you write a page of notes for supervision."
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
                    "about your number. When Gerald spoke about the institution, you let him lead. "
                    "You protected his privacy, used your wellness plan and brought the day to "
                    "supervision. And you named something you did not know, which turned a hard "
                    "afternoon into your next learning goal."
                ),
            ),
            Step(
                id="smaller",
                text=(
                    "Gerald is quiet in the car. At the library, he chooses his books without talking "
                    "to you. At his next planning meeting, he says he does not want to try the bus "
                    "anymore."
                ),
                debrief=(
                    "You meant to keep Gerald safe. But the trip was his goal, he had prepared for "
                    "it, and the team had planned for the risk. For 31 years, other people decided when "
                    'Gerald could go out. Driving him "just this once" repeated that pattern, and his '
                    "world got a little smaller. Your worry was real, but it came from your own family "
                    "rules. The dignity of risk, from Chapter 5, means supporting a person to do what "
                    "they have chosen, as safely as they want to. Driving him also raised a question you "
                    "skipped: many agencies do not let students drive the people they support in their "
                    "own cars, so check the policy before you ever offer. Go back and try again, "
                    "starting with your own reaction."
                ),
            ),
            Step(
                id="late-calls",
                text=(
                    "Over the next two weeks, Gerald texts you most evenings, and sometimes after "
                    "midnight. When your placement ends, the texts keep coming. He stops calling the "
                    "office, and the staff no longer know how his trips are going."
                ),
                debrief=(
                    'Giving out your number felt kind, and "just for today" felt small. But it was a '
                    "boundary crossing that drifted, just as Chapter 6 described. Gerald came to rely on "
                    "one student who was always going to leave. The team lost track of how he was "
                    "doing, and your evenings stopped being your own. The office number exists so that "
                    "someone always answers, whoever is on shift. Try again, and look for a way to say "
                    "no that is both warm and clear."
                ),
            ),
            Step(
                id="shared",
                text=(
                    "You realize that the library, the bus and the basement room are enough to "
                    "identify Gerald. Your classmate's aunt now knows part of his story, and Gerald "
                    "never agreed to that. You tell Marcel the next morning, and he helps you report "
                    "the breach as the agency's policy requires."
                ),
                debrief=(
                    "You needed to talk, and that need was real. But leaving out a last name does not "
                    "make a story private. In a city or a small town, a few details can be enough to "
                    "identify someone. Gerald's story is his to share, as Chapter 5 explained about "
                    "confidentiality. The right places for what you are carrying are supervision and "
                    "the supports in your wellness plan. Telling Marcel quickly was the right thing to "
                    "do afterward. Try the evening again."
                ),
            ),
        ],
    ),
    SelfCheck(
        id="practicum-readiness-check",
        title="Rate your practicum planning so far",
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
