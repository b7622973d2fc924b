"""As the true class pulls ahead the gradient softmax(o) - y shrinks, but it never reaches zero."""
import torch
from torch import nn

y = torch.tensor([1])  # the true class is class 1
for s in [0.0, 2.0, 5.0, 10.0, 20.0]:
    o = torch.tensor([[0.0, s]], dtype=torch.float64, requires_grad=True)  # class 1 ahead by s
    loss = nn.functional.cross_entropy(o, y)
    loss.backward()
    y_hat = torch.softmax(o.detach(), dim=1)[0, 1]
    g0, g1 = o.grad[0]
    print(f"s = {s:2.0f}  y_hat_1 {y_hat:.10f}  loss {loss.item():.3e}  grad ({g0:.3e}, {g1:.3e})")

# float32 keeps about 7 significant digits: 1 - 2e-9 rounds to exactly 1
for dtype in [torch.float64, torch.float32]:
    y_hat = torch.softmax(torch.tensor([0.0, 20.0], dtype=dtype), dim=0)[1]
    print(f"{dtype}: 1 - y_hat_1 = {1 - y_hat.item():.3e}")
