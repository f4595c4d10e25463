"""The dashboard's parts (`app.py` lays them out): where its events come from (`loading`), its
filters (`filters`), the table's analysis, the page switch and the story filters (`story`), the
pages of issue 16 (`network`: the network and an actor's page; `threads`; `conflicts`) and the
downloads (`downloads`). Only this package and `app.py` import Streamlit; what they show is
computed in `timeline.views` and `timeline.analysis`, which tests call directly.
"""
