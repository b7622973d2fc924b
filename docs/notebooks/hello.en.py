# %% [markdown]
# # A notebook page
#
# This page is made from `docs/notebooks/hello.en.py` (jupytext's percent format): building
# the site executes every cell, and the outputs below are what they printed. A failing cell
# fails the build.

# %%
import torch

torch.manual_seed(0)
x = torch.arange(6).reshape(2, 3)
print(x)

# %% [markdown]
# The value of a cell's last expression is shown as well:

# %%
x.sum(dim=0)
