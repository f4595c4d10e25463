"""The dashboard's parts (`app.py` lays them out): where its events come from (`loading`) and
its filters (`filters`). Only this package and `app.py` import Streamlit; what they show is
computed in `timeline.views` and `timeline.analysis`, which tests call directly.
"""
