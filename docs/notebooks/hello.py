# %% [markdown]
# # 笔记本页面示例
#
# 这一页由 `docs/notebooks/hello.py`（jupytext 的 percent 格式）生成：构建网站时每个单元格都会被执行，
# 下面显示的输出都是执行得到的。单元格出错时构建失败。

# %%
import torch

torch.manual_seed(0)
x = torch.arange(6).reshape(2, 3)
print(x)

# %% [markdown]
# 单元格最后一个表达式的值也会显示出来：

# %%
x.sum(dim=0)
