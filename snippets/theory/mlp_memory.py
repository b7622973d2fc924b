"""Which tensors autograd keeps for the backward pass of a one-hidden-layer MLP, and their size."""
import torch
from torch import nn

torch.manual_seed(0)
num_inputs, num_hiddens, num_outputs = 64, 32, 10
W1 = (torch.randn(num_hiddens, num_inputs) * 0.1).requires_grad_()
b1 = torch.zeros(num_hiddens, requires_grad=True)
W2 = (torch.randn(num_outputs, num_hiddens) * 0.1).requires_grad_()
b2 = torch.zeros(num_outputs, requires_grad=True)
params = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


def saved_for_backward(n, grad=True):
    """One forward pass on n random samples; the tensors autograd saves, by name."""
    saved = {}  # (1)!

    def pack(t):
        saved[t.untyped_storage().data_ptr()] = t
        return t

    X, y = torch.rand(n, num_inputs), torch.randint(0, num_outputs, (n,))
    with torch.set_grad_enabled(grad), torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):  # (2)!
        Z2 = X @ W1.T + b1
        A2 = torch.relu(Z2)
        Z3 = A2 @ W2.T + b2
        log_probs = torch.log_softmax(Z3, dim=1)
        L = nn.functional.nll_loss(log_probs, y)  # log_softmax + nll_loss = cross_entropy
    names = {t.untyped_storage().data_ptr(): name for name, t in
             {"X": X, "y": y, "Z2": Z2, "A2": A2, "Z3": Z3, "log_probs": log_probs, "L": L, **params}.items()}
    return {names.get(ptr, "other"): t for ptr, t in saved.items()}


for name, t in saved_for_backward(128).items():
    if name in params and t.shape != params[name].shape:
        name += ".T"  # the transposed view the forward pass used
    note = "  (a parameter)" if name.split(".")[0] in params else ""
    print(f"{name:<10} {str(tuple(t.shape)):<10} {t.numel() * t.element_size():>6} bytes{note}")

param_bytes = sum(p.numel() * p.element_size() for p in params.values())
for n in [1, 128, 1024]:
    kept = sum(t.numel() * t.element_size() for name, t in saved_for_backward(n).items() if name not in params)
    print(f"batch {n:>4}: {kept:>6} bytes kept besides the parameters ({param_bytes} bytes)")
print("under torch.no_grad():", len(saved_for_backward(1024, grad=False)), "tensors kept")
